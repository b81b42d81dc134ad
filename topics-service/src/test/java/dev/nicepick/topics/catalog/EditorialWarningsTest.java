package dev.nicepick.topics.catalog;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each content rule editors are warned of, one at a time, against a topic that breaks none. */
class EditorialWarningsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String INTRO = "Kafka keeps a replicated log that consumers replay; RabbitMQ routes messages to queues.";

    @Test
    void soundContentHasNoWarnings() {
        assertThat(EditorialWarnings.of(topic(ComparisonType.ALTERNATIVES, INTRO,
                option("kafka", OptionKind.PLATFORM, "More moving parts to operate"),
                option("rabbitmq", OptionKind.PLATFORM, "No replay once consumed")))).isEmpty();
    }

    @Test
    void theStockConOfTheSiteThisProductIsModelledOnIsAPlaceholder() {
        assertThat(EditorialWarnings.of(topic(ComparisonType.ALTERNATIVES, INTRO,
                option("kafka", OptionKind.PLATFORM, "More moving parts to operate"),
                option("rabbitmq", OptionKind.PLATFORM, "No replay once consumed", "Specific tradeoffs depend on your use case."))))
                .containsExactly(new EditorialWarning("placeholder-con", "options[1].cons[1]",
                        "'Specific tradeoffs depend on your use case.' is a stock phrase, not a con of Rabbitmq: "
                                + "say what choosing it costs, or leave the con out."));
    }

    @Test
    void aConEveryOptionSharesIsRepeatedWhateverItsCaseAndSpacing() {
        assertThat(EditorialWarnings.of(topic(ComparisonType.ALTERNATIVES, INTRO,
                option("kafka", OptionKind.PLATFORM, "Needs a cluster to run", "More moving parts"),
                option("rabbitmq", OptionKind.PLATFORM, "needs a  cluster to run."))))
                .extracting(EditorialWarning::code, EditorialWarning::field)
                .containsExactly(tuple("repeated-con", "options"));
    }

    @Test
    void anIntroUnderEightyCharactersOrNoneIsShort() {
        TopicOption kafka = option("kafka", OptionKind.PLATFORM, "More moving parts to operate");
        TopicOption rabbitmq = option("rabbitmq", OptionKind.PLATFORM, "No replay once consumed");

        assertThat(EditorialWarnings.of(topic(ComparisonType.ALTERNATIVES, "x".repeat(79), kafka, rabbitmq)))
                .extracting(EditorialWarning::code, EditorialWarning::field)
                .containsExactly(tuple("short-intro", "intro"));
        assertThat(EditorialWarnings.of(topic(ComparisonType.ALTERNATIVES, null, kafka, rabbitmq)))
                .extracting(EditorialWarning::code).containsExactly("short-intro");
        assertThat(EditorialWarnings.of(topic(ComparisonType.ALTERNATIVES, "x".repeat(80), kafka, rabbitmq))).isEmpty();
    }

    @Test
    void optionsOfDifferentKindsAreMismatchedOnlyAsAlternatives() {
        TopicOption microservices = option("microservices", OptionKind.ARCHITECTURE, "Calls between services fail");
        TopicOption docker = option("docker", OptionKind.TOOL, "Images need patching");
        TopicOption unknown = option("podman", null, "Smaller ecosystem");

        assertThat(EditorialWarnings.of(topic(ComparisonType.ALTERNATIVES, INTRO, microservices, docker)))
                .extracting(EditorialWarning::code, EditorialWarning::message)
                .containsExactly(tuple("mismatched-kinds", "The options are of different "
                        + "kinds (Microservices: architecture, Docker: tool), so readers may not be able to choose one "
                        + "instead of the other: check they are alternatives, or make the comparison complementary."));
        assertThat(EditorialWarnings.of(topic(ComparisonType.COMPLEMENTARY, INTRO, microservices, docker))).isEmpty();
        assertThat(EditorialWarnings.of(topic(ComparisonType.ALTERNATIVES, INTRO, docker, unknown)))
                .as("an option without a kind is not a mismatch").isEmpty();
    }

    private static Topic topic(ComparisonType type, String intro, TopicOption... options) {
        return new Topic(UUID.randomUUID(), "a-vs-b", "A vs B", type, "Messaging", List.of(), intro, List.of(options),
                new EditorialPick(options[0].key(), 10), "Bottom line", TopicStatus.DRAFT, 1, NOW, NOW, null, null);
    }

    private static TopicOption option(String key, OptionKind kind, String... cons) {
        String name = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        return new TopicOption(key, name, kind, name + " does things.", List.of("It works"), List.of(cons), List.of(),
                "want it");
    }
}
