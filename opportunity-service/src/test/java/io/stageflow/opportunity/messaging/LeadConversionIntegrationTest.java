package io.stageflow.opportunity.messaging;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.stageflow.events.Dimensions;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Money;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.schema.EventSchemas;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.kit.test.TopicReader;
import io.stageflow.localinfra.SharedTestInfra;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The reaction end to end on the shared broker: lead-events in, an opened opportunity out. */
@SpringBootTest
@AutoConfigureMockMvc
class LeadConversionIntegrationTest {
    private static final String DLQ = "stageflow.lead-events.v1.opportunity-service.dlq";
    private static final TenantId TENANT =
            new TenantId("conv-" + UUID.randomUUID().toString().substring(0, 8));
    private static final Dimensions DIMENSIONS = new Dimensions("partner", "energy", "APAC", "rep-2", "team-9");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String GROUP = "opportunity-it-" + UUID.randomUUID();
    private static KafkaProducer<String, byte[]> producer;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
        // A group of its own: other test contexts in this JVM must not share this one's partitions.
        registry.add("spring.cloud.stream.bindings.leadEvents-in-0.group", () -> GROUP);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
        }
    }

    @Test
    void redeliveredConversionOpensExactlyOneOpportunity() throws Exception {
        LeadId lead = LeadId.random();
        OpportunityId opportunity = OpportunityId.random();
        ProducerRecord<String, byte[]> conversion = conversion(lead, opportunity);

        send(conversion);
        RecordMetadata redelivery = send(conversion);

        awaitOpportunity(opportunity);
        awaitConsumed(redelivery);
        mvc.perform(get("/api/opportunities/" + opportunity).with(caller(TENANT.value(), "rep")))
                .andExpect(jsonPath("$.leadId").value(lead.value()))
                .andExpect(jsonPath("$.stage").value("NEEDS_ANALYSIS"))
                .andExpect(jsonPath("$.amount.amount").value(750))
                .andExpect(jsonPath("$.amount.currency").value("GBP"))
                .andExpect(jsonPath("$.dimensions.region").value("APAC"))
                .andExpect(jsonPath("$.history[0].enteredAt").value("2026-02-01T10:00:00Z"));

        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(
                Topics.OPPORTUNITY_EVENTS, r -> opportunity.value().equals(r.key()), 1, Duration.ofSeconds(3));
        assertThat(published).hasSize(1);
        EventEnvelope envelope = SalesEventCodec.decode(published.get(0));
        assertThat(envelope.type()).isEqualTo(EventType.OPPORTUNITY_OPENED);
        assertThat(EventSchemas.violations(envelope.type(), published.get(0).value()))
                .isEmpty();
        OpportunityOpened opened = (OpportunityOpened) envelope.event();
        assertThat(opened.leadId()).isEqualTo(lead);
        assertThat(opened.dimensions()).isEqualTo(DIMENSIONS);
        assertThat(eventStore.readEvents(opportunity.value()).asStream()).hasSize(1);
        assertThat(TopicReader.read(DLQ, r -> lead.value().equals(r.key()), 0, Duration.ofSeconds(2)))
                .as("the redelivery was a success, not a dead letter")
                .isEmpty();
    }

    @Test
    void garbageGoesToTheDeadLetterTopicAndConsumingContinues() throws Exception {
        String garbageKey = "garbage-" + UUID.randomUUID();
        send(new ProducerRecord<>(Topics.LEAD_EVENTS, garbageKey, "{not an event".getBytes()));
        OpportunityId after = OpportunityId.random();
        send(conversion(LeadId.random(), after));

        List<ConsumerRecord<String, byte[]>> dead =
                TopicReader.read(DLQ, r -> garbageKey.equals(r.key()), 1, Duration.ZERO);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value())).isEqualTo("{not an event");
        awaitOpportunity(after);
    }

    private void awaitOpportunity(OpportunityId opportunity) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = mvc.perform(get("/api/opportunities/" + opportunity).with(caller(TENANT.value(), "rep")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 200) {
                return;
            }
            Thread.sleep(100);
        }
        mvc.perform(get("/api/opportunities/" + opportunity).with(caller(TENANT.value(), "rep")))
                .andExpect(status().isOk());
    }

    /** Waits until the reaction's group has committed past {@code record}: it was handled, not in flight. */
    private static void awaitConsumed(RecordMetadata record) throws Exception {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfra.kafkaBootstrapServers()))) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                if (committed != null && committed.offset() > record.offset()) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("group " + GROUP + " did not consume " + partition + "@" + record.offset());
    }

    private static ProducerRecord<String, byte[]> conversion(LeadId lead, OpportunityId opportunity) {
        LeadConverted converted = new LeadConverted(
                TENANT,
                lead,
                Instant.parse("2026-02-01T10:00:00Z"),
                "CONTACTED",
                opportunity,
                new Money(new BigDecimal("750"), "GBP"),
                DIMENSIONS);
        return SalesEventCodec.encode(new EventEnvelope(
                UUID.randomUUID().toString(),
                EventType.LEAD_CONVERTED,
                URI.create("/stageflow/lead-service"),
                TENANT,
                3,
                Instant.parse("2026-02-01T10:00:01Z"),
                converted));
    }

    private static RecordMetadata send(ProducerRecord<String, byte[]> record) throws Exception {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfra.kafkaBootstrapServers()),
                    new StringSerializer(),
                    new ByteArraySerializer());
        }
        return producer.send(record).get();
    }
}
