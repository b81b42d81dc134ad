package dev.nicepick.gateway;

import dev.nicepick.client.feedback.api.FeedbackApi;
import dev.nicepick.client.feedback.model.FeedbackRequest;
import dev.nicepick.client.feedback.model.IntakeAnswer;
import dev.nicepick.client.topics.api.TopicsApi;
import dev.nicepick.client.topics.model.EditorialPick;
import dev.nicepick.client.topics.model.Topic;
import dev.nicepick.client.topics.model.TopicOption;
import dev.nicepick.client.topics.model.TopicRequest;
import dev.nicepick.client.verdicts.api.VerdictsApi;
import dev.nicepick.client.verdicts.model.StoredVerdict;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client generated at build time from the committed OpenAPI descriptions ({@code docs/openapi}, the
 * openapi-generator plugin in this module's pom) works against the real services through the gateway: an
 * editor creates and publishes a topic, a reader reads it and votes, and the verdict shows the topic.
 */
class GeneratedClientTest extends GatewayTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    @Test
    void aClientGeneratedFromTheDescriptionsRunsTheWholeStoryThroughTheGateway() throws Exception {
        String slug = "generated-" + UUID.randomUUID().toString().substring(0, 8);
        Consumer<HttpRequest.Builder> editor = request -> request.header("Authorization", "Bearer " + tokens().mint("ed", "editor"));
        String cookie = readerCookie();
        Consumer<HttpRequest.Builder> reader = request -> request.header("Cookie", cookie);

        TopicsApi editorTopics = new TopicsApi(topicsClient().setRequestInterceptor(editor));
        Topic draft = editorTopics.createTopic(topic(slug));
        assertThat(draft.getStatus()).isEqualTo(Topic.StatusEnum.DRAFT);
        assertThat(editorTopics.publishTopic(slug).getStatus()).isEqualTo(Topic.StatusEnum.PUBLISHED);

        TopicsApi readerTopics = new TopicsApi(topicsClient().setRequestInterceptor(reader));
        assertThat(readerTopics.getTopic(slug, null).getTitle()).isEqualTo("REST vs gRPC");

        FeedbackApi feedback = new FeedbackApi(new dev.nicepick.client.feedback.ApiClient(HttpClient.newBuilder(),
                dev.nicepick.client.feedback.ApiClient.createDefaultObjectMapper(), gatewayUrl()).setRequestInterceptor(reader));
        FeedbackRequest vote = new FeedbackRequest().stance("disagree").preferredOption("grpc").comment("We own both ends.");
        // feedback-service learns of the topic from its event
        IntakeAnswer accepted = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> feedback.submitFeedback(slug, vote, null), answer -> answer.getId() != null);
        assertThat(accepted.getWithdrawToken()).isNotBlank();

        VerdictsApi verdicts = new VerdictsApi(new dev.nicepick.client.verdicts.ApiClient(HttpClient.newBuilder(),
                dev.nicepick.client.verdicts.ApiClient.createDefaultObjectMapper(), gatewayUrl()));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            StoredVerdict verdict = verdicts.getVerdict(slug);
            assertThat(verdict.getTopic()).isEqualTo(slug);
            assertThat(verdict.getSplit()).containsEntry("grpc", 1L);
            assertThat(verdict.getWinner()).as("one vote does not overturn the pick").isEqualTo("rest");
        });
    }

    /** The generated clients know only the descriptions' server, {@code /}: this gateway is it. */
    private String gatewayUrl() {
        return "http://127.0.0.1:" + port;
    }

    private dev.nicepick.client.topics.ApiClient topicsClient() {
        return new dev.nicepick.client.topics.ApiClient(HttpClient.newBuilder(),
                dev.nicepick.client.topics.ApiClient.createDefaultObjectMapper(), gatewayUrl());
    }

    private static TopicRequest topic(String slug) {
        return new TopicRequest().slug(slug).title("REST vs gRPC").category("APIs").tags(List.of("api", "rpc"))
                .intro("Two ways for services to talk.")
                .options(List.of(
                        new TopicOption().key("rest").name("REST").description("Resources over HTTP with JSON.")
                                .pros(List.of("Readable")).cons(List.of("No schema by default")).related(List.of("openapi")),
                        new TopicOption().key("grpc").name("gRPC").description("Calls over HTTP/2 with Protocol Buffers.")
                                .pros(List.of("Compact")).cons(List.of("Browsers need a proxy")).related(List.of("protobuf"))))
                .editorialPick(new EditorialPick().option("rest").strength(10))
                .bottomLine("REST for public APIs, gRPC inside.");
    }
}
