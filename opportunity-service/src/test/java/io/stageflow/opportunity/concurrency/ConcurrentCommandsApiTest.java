package io.stageflow.opportunity.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.SalesEvent;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.opportunity.concurrency.OpportunityHttp.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many users change one opportunity at the same moment, over real HTTP: no change is lost or
 * stored twice, and what the opportunity shows is exactly what the accepted changes add up to.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
class ConcurrentCommandsApiTest {
    private static final int THREADS = 16;
    private static final int COMMANDS_PER_THREAD = 12;
    private static final List<String> STAGES = List.of("NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry, ServiceTestSupport.identityProvider());
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    private OpportunityHttp api;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        api = new OpportunityHttp(port, ServiceTestSupport.identityProvider(), "acme");
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    /** A command as sent, and the effect its event records: "stage QUOTE", "amount 1203", "owner rep-3-4". */
    record Sent(String effect, Answer answer) {}

    @Test
    void concurrentChangesAreEachStoredOnceInVersionOrderAndTheOpportunityShowsTheirSum() throws Exception {
        String id = api.open();
        List<Callable<List<Sent>>> users = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int user = t;
            users.add(() -> {
                List<Sent> sent = new ArrayList<>();
                for (int k = 0; k < COMMANDS_PER_THREAD; k++) {
                    sent.add(change(id, user, k));
                }
                return sent;
            });
        }
        long started = System.nanoTime();
        List<Sent> sent = new ArrayList<>();
        for (Future<List<Sent>> user : threads.invokeAll(users)) {
            sent.addAll(user.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        List<Sent> accepted = sent.stream()
                .filter(s -> s.answer().status() == 204)
                .sorted(Comparator.comparingLong(s -> s.answer().version()))
                .toList();
        System.out.printf(
                "[concurrent] %d commands on one opportunity from %d threads in %.1f s: %d accepted, answers %s%n",
                sent.size(), THREADS, seconds, accepted.size(), answers(sent));
        assertThat(sent).allSatisfy(ConcurrentCommandsApiTest::acceptedOrAClearConflict);
        // Every amount and owner is a new one: nothing but a move to the stage it is in may be refused.
        assertThat(sent.stream().filter(s -> !s.effect().startsWith("stage ")))
                .allSatisfy(s -> assertThat(s.answer().status())
                        .as("%s: %s", s.effect(), s.answer().body())
                        .isEqualTo(204));
        assertThat(accepted.stream().map(s -> s.answer().version()).distinct())
                .as("no two accepted commands claim the same version")
                .hasSize(accepted.size());

        List<? extends DomainEventMessage<?>> stored =
                eventStore.readEvents(id).asStream().toList();
        assertThat(stored.stream().map(DomainEventMessage::getSequenceNumber))
                .as("contiguous sequence numbers")
                .containsExactlyElementsOf(
                        LongStream.range(0, stored.size()).boxed().toList());
        assertThat(stored.stream().map(e -> occurredAt(e.getPayload())))
                .as("the history reads in business-time order")
                .isSorted();
        assertThat(stored.stream().map(e -> effectOf(e.getPayload())).filter(e -> e != null))
                .as("each accepted command's event once, in the order of the versions it was given")
                .containsExactlyElementsOf(accepted.stream().map(Sent::effect).toList());

        Answer now = api.get(id);
        assertThat(now.body().path("version").asLong()).isEqualTo(stored.size() - 1);
        assertThat(now.body().path("stage").asText()).isEqualTo(last(accepted, "stage", "NEEDS_ANALYSIS"));
        assertThat(now.body()
                        .path("amount")
                        .path("amount")
                        .decimalValue()
                        .toBigInteger()
                        .toString())
                .isEqualTo(last(accepted, "amount", "1000"));
        assertThat(now.body().path("dimensions").path("ownerId").asText()).isEqualTo(last(accepted, "owner", "rep-0"));
    }

    @Test
    void ofWritersThatAllSendTheSameVersionInIfMatchExactlyOneWinsAndTheOthersGet412() throws Exception {
        String id = api.open();
        long version = api.get(id).version();
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            long expected = version;
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Answer>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String body = "{\"amount\":" + (2000 + round * 100 + t) + "}";
                writers.add(() -> {
                    go.await();
                    return api.post(id, "amount", body, expected);
                });
            }
            List<Future<Answer>> pending = new ArrayList<>();
            writers.forEach(writer -> pending.add(threads.submit(writer)));
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get());
            }

            List<Answer> won = answers.stream().filter(a -> a.status() == 204).toList();
            assertThat(won).as("round %d: winners", round).hasSize(1);
            assertThat(won.get(0).version()).isEqualTo(expected + 1);
            assertThat(answers.stream().filter(a -> a.status() != 204))
                    .hasSize(THREADS - 1)
                    .allSatisfy(lost -> {
                        assertThat(lost.status()).isEqualTo(412);
                        assertThat(lost.body().path("currentVersion").asLong()).isEqualTo(expected + 1);
                    });
            version = won.get(0).version();
        }
        assertThat(eventStore.readEvents(id).asStream().filter(e -> e.getPayload() instanceof OpportunityAmountChanged))
                .as("one stored change per round")
                .hasSize(rounds);
        assertThat(api.get(id).version()).isEqualTo(version);
    }

    /** User {@code t}'s {@code k}-th command: a stage move, an amount change or a reassignment. */
    private Sent change(String id, int t, int k) {
        return switch ((t + k) % 3) {
            case 0 -> {
                String stage = STAGES.get((t * 7 + k) % STAGES.size());
                yield new Sent("stage " + stage, api.post(id, "stage", "{\"stage\":\"" + stage + "\"}", null));
            }
            case 1 -> {
                int amount = 1000 + t * 100 + k + 1;
                yield new Sent("amount " + amount, api.post(id, "amount", "{\"amount\":" + amount + "}", null));
            }
            default -> {
                String owner = "rep-" + t + "-" + k;
                yield new Sent(
                        "owner " + owner,
                        api.post(id, "reassign", "{\"ownerId\":\"" + owner + "\",\"teamId\":\"north\"}", null));
            }
        };
    }

    private static void acceptedOrAClearConflict(Sent sent) {
        Answer answer = sent.answer();
        assertThat(answer.status()).as("%s: %s", sent.effect(), answer.body()).isIn(204, 409);
        if (answer.status() == 409) {
            assertThat(answer.body().path("detail").asText())
                    .isEqualTo("the opportunity is in " + sent.effect().substring("stage ".length()) + " already");
        }
    }

    private static String effectOf(Object payload) {
        if (payload instanceof OpportunityStageChanged moved) {
            return "stage " + moved.toStage();
        }
        if (payload instanceof OpportunityAmountChanged changed) {
            return "amount " + changed.to().amount().stripTrailingZeros().toPlainString();
        }
        if (payload instanceof OpportunityReassigned reassigned) {
            return "owner " + reassigned.ownerId();
        }
        return null;
    }

    private static String last(List<Sent> accepted, String kind, String initially) {
        return accepted.stream()
                .map(Sent::effect)
                .filter(effect -> effect.startsWith(kind + " "))
                .reduce((first, second) -> second)
                .map(effect -> effect.substring(kind.length() + 1))
                .orElse(initially);
    }

    private static Instant occurredAt(Object payload) {
        return ((SalesEvent) payload).occurredAt();
    }

    /** How many got each answer, a 409 with its reason. */
    private static Map<String, Long> answers(List<Sent> sent) {
        return sent.stream()
                .map(Sent::answer)
                .collect(Collectors.groupingBy(
                        a -> a.status() == 409
                                ? "409 " + a.body().path("detail").asText()
                                : "" + a.status(),
                        TreeMap::new,
                        Collectors.counting()));
    }
}
