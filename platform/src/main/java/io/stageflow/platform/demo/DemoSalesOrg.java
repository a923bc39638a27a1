package io.stageflow.platform.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Loads the {@link DemoPlan} through the public API, step by step as a sales team would record it.
 * Opportunities are opened by the opportunity service reacting to the conversion on Kafka, so the
 * loader waits until each one exists before moving it on.
 */
public final class DemoSalesOrg {
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(90);

    private final StageflowClient client;
    private final PrintStream out;
    private final Map<Integer, String> leadIds = new ConcurrentHashMap<>();
    private final Map<Integer, String> opportunityIds = new ConcurrentHashMap<>();

    public DemoSalesOrg(StageflowClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    public void load(List<DemoJourney> journeys) {
        step("create leads", journeys, this::createLead);
        step("contact leads", only(journeys, j -> j.contacted() != null), this::contact);
        step("disqualify leads", only(journeys, j -> j.disqualified() != null), this::disqualify);
        step("convert leads", only(journeys, j -> j.converted() != null), this::convert);
        step("await opportunities", only(journeys, j -> j.converted() != null), this::awaitOpened);
        step("move to proposal", only(journeys, j -> j.proposal() != null), this::propose);
        step("close deals", only(journeys, j -> j.won() != null || j.lost() != null), this::close);
    }

    private void createLead(DemoJourney j) {
        Map<String, Object> body = new HashMap<>(j.dimensions());
        body.put("occurredAt", j.created().toString());
        leadIds.put(j.index(), client.post("/api/leads", body).get("leadId").asText());
    }

    private void contact(DemoJourney j) {
        client.post(
                lead(j) + "/stage",
                Map.of("stage", "CONTACTED", "occurredAt", j.contacted().toString()));
    }

    private void disqualify(DemoJourney j) {
        client.post(lead(j) + "/disqualify", Map.of("reason", j.lossReason(), "occurredAt", at(j.disqualified())));
    }

    private void convert(DemoJourney j) {
        var body = Map.of("amount", j.amount(), "currency", "EUR", "occurredAt", at(j.converted()));
        opportunityIds.put(
                j.index(),
                client.post(lead(j) + "/convert", body).get("opportunityId").asText());
    }

    private void awaitOpened(DemoJourney j) {
        long deadline = System.nanoTime() + OPEN_TIMEOUT.toNanos();
        while (client.send("GET", opportunity(j), null).status() == 404) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("opportunity of lead " + leadIds.get(j.index()) + " never opened");
            }
            sleep();
        }
    }

    private void propose(DemoJourney j) {
        client.post(opportunity(j) + "/stage", Map.of("stage", "PROPOSAL", "occurredAt", at(j.proposal())));
    }

    private void close(DemoJourney j) {
        if (j.isWon()) {
            client.post(opportunity(j) + "/win", Map.of("occurredAt", at(j.won())));
        } else {
            Map<String, Object> body = new HashMap<>(Map.of("reason", j.lossReason(), "occurredAt", at(j.lost())));
            if (j.competitor() != null) {
                body.put("competitor", j.competitor());
            }
            client.post(opportunity(j) + "/lose", body);
        }
    }

    private String lead(DemoJourney j) {
        return "/api/leads/" + Objects.requireNonNull(leadIds.get(j.index()));
    }

    private String opportunity(DemoJourney j) {
        return "/api/opportunities/" + Objects.requireNonNull(opportunityIds.get(j.index()));
    }

    /** Runs one step for many journeys at once, as many users would; any failure fails the load. */
    private void step(String name, List<DemoJourney> journeys, Consumer<DemoJourney> action) {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = journeys.stream()
                    .<Future<?>>map(j -> pool.submit(() -> action.accept(j)))
                    .toList();
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("demo step '" + name + "' failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        out.printf("  %-20s %5d in %5d ms%n", name, journeys.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static List<DemoJourney> only(List<DemoJourney> journeys, java.util.function.Predicate<DemoJourney> p) {
        return journeys.stream().filter(p).toList();
    }

    private static String at(Instant instant) {
        return instant.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
