package io.stageflow.lead.messaging;

import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.Topics;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.ReasonListId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import io.stageflow.events.process.ReasonListDefined;
import io.stageflow.kit.test.EventRecords;
import io.stageflow.kit.test.TopicReader;
import io.stageflow.lead.LeadServiceTest;
import io.stageflow.lead.query.pipelines.KnownPipelineStore;
import io.stageflow.localinfra.SharedTestInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pipelines defined elsewhere reach the lead service over Kafka, and a conversion can then name them. */
class ProcessEventsIntegrationTest extends LeadServiceTest {
    private static final String DLQ = "stageflow.process-events.v1.lead-service.dlq";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");
    private static KafkaProducer<String, byte[]> producer;

    private final TenantId tenant = new TenantId(freshTenant("pipelines"));

    @Autowired
    KnownPipelineStore knownPipelines;

    @Autowired
    EventStore eventStore;

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfra.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @Test
    void aConversionCanNameAPipelineOnceItsDefinitionArrived() throws Exception {
        PipelineId enterprise = PipelineId.random();
        String leadId = newLead(tenant.value());

        publish(definition(tenant, enterprise, 1, "Enterprise"));
        awaitKnown(tenant, enterprise);

        String body = mvc.perform(jsonPost(
                        tenant.value(),
                        "/api/leads/" + leadId + "/convert",
                        "{\"amount\":100,\"pipelineId\":\"" + enterprise + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(leadId).asStream().toList();
        LeadConverted converted = (LeadConverted) events.get(events.size() - 1).getPayload();
        assertThat(converted.pipelineId()).isEqualTo(enterprise);
        assertThat(converted.opportunityId().value()).isEqualTo(JsonPath.read(body, "$.opportunityId"));
    }

    @Test
    void anotherTenantsPipelineStaysUnknown() throws Exception {
        PipelineId theirs = PipelineId.random();
        TenantId other = new TenantId(freshTenant("other"));
        publish(definition(other, theirs, 1, "Theirs"));
        awaitKnown(other, theirs);

        String leadId = newLead(tenant.value());
        mvc.perform(jsonPost(
                        tenant.value(),
                        "/api/leads/" + leadId + "/convert",
                        "{\"amount\":100,\"pipelineId\":\"" + theirs + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pipelineId"));
        assertThat(knownPipelines.exists(tenant, theirs)).isFalse();
    }

    @Test
    void aRedeliveredDefinitionIsHandledAgainWithoutHarm() throws Exception {
        PipelineId pipeline = PipelineId.random();
        ProducerRecord<String, byte[]> second = definition(tenant, pipeline, 2, "Renamed");

        publish(definition(tenant, pipeline, 1, "First"));
        publish(second);
        RecordMetadata redelivery = publish(second);
        awaitConsumed(redelivery);

        assertThat(knownPipelines.exists(tenant, pipeline)).isTrue();
        assertThat(TopicReader.read(DLQ, r -> pipeline.value().equals(r.key()), 0, Duration.ofSeconds(1)))
                .isEmpty();
    }

    @Test
    void reasonListsOnTheTopicAreSkipped() throws Exception {
        ReasonListId listId = new ReasonListId("reasons.loss." + tenant);

        awaitConsumed(publish(produced(new ReasonListDefined(tenant, listId, AT, 1, "LOSS", List.of("price")))));

        assertThat(TopicReader.read(DLQ, r -> listId.value().equals(r.key()), 0, Duration.ofSeconds(1)))
                .as("a reason list is an event to skip, not a dead letter")
                .isEmpty();
    }

    @Test
    void garbageIsParkedOnTheDeadLetterTopicAndItsPartitionMovesOn() throws Exception {
        String garbageKey = "garbage-" + UUID.randomUUID();
        RecordMetadata garbage =
                publish(new ProducerRecord<>(Topics.PROCESS_EVENTS, garbageKey, "{not an event".getBytes()));
        PipelineId after = PipelineId.random();
        ProducerRecord<String, byte[]> next = definition(tenant, after, 1, "After the garbage");
        publish(new ProducerRecord<>(next.topic(), garbage.partition(), next.key(), next.value(), next.headers()));

        awaitKnown(tenant, after);
        awaitConsumed(garbage);
        // Another context in this JVM may consume the topic in a group of its own and park it too.
        assertThat(TopicReader.read(DLQ, r -> garbageKey.equals(r.key()), 1, Duration.ZERO))
                .isNotEmpty()
                .allSatisfy(dead -> assertThat(new String(dead.value())).isEqualTo("{not an event"));
    }

    private void awaitKnown(TenantId owner, PipelineId pipeline) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> knownPipelines.exists(owner, pipeline));
    }

    private static ProducerRecord<String, byte[]> definition(
            TenantId owner, PipelineId pipeline, int version, String name) {
        return produced(new PipelineDefined(
                owner,
                pipeline,
                AT,
                version,
                name,
                List.of(new PipelineStage("Discovery", 10, List.of()), new PipelineStage("Proposal", 50, List.of())),
                "Proposal",
                null));
    }

    private static ProducerRecord<String, byte[]> produced(SalesEvent event) {
        return EventRecords.produced(event, "/stageflow/opportunity-service");
    }

    private static RecordMetadata publish(ProducerRecord<String, byte[]> record) throws Exception {
        return producer.send(record).get();
    }

    /** Waits until the service's group has committed past {@code record}: it was handled, not in flight. */
    private static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfra.kafkaBootstrapServers()))) {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(PROCESS_EVENTS_GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }
}
