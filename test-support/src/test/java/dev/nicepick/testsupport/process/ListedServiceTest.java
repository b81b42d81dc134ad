package dev.nicepick.testsupport.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListedServiceTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    @Test
    void theRepositorysListNamesEveryServiceWithItsPortAndADatabaseTheContainersCreate() throws Exception {
        String databasesCreated = Files.readString(REPOSITORY.resolve("docker/postgres/create-databases.sql"));

        assertThat(ListedService.readAll(REPOSITORY)).containsExactly(
                new ListedService("topics-service", "TOPICS_PORT", 8081, "topics_service"),
                new ListedService("verdict-service", "VERDICTS_PORT", 8082, "verdict_service"),
                new ListedService("feedback-service", "FEEDBACK_PORT", 8083, "feedback_service"));
        assertThat(ListedService.readAll(REPOSITORY)).allSatisfy(service -> {
            assertThat(REPOSITORY.resolve(service.module()).resolve("pom.xml")).as("a module of the build").isRegularFile();
            assertThat(databasesCreated).contains("CREATE DATABASE " + service.database() + ";");
        });
    }

    @Test
    void aLineWithoutItsFourColumnsIsRefusedByNumber(@TempDir Path repository) throws Exception {
        Files.writeString(repository.resolve("services.tsv"), "# comment\n\ntopics-service\tTOPICS_PORT\t8081\ttopics_service\nnews-service 8084\n");

        assertThatThrownBy(() -> ListedService.readAll(repository))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("news-service 8084");
    }
}
