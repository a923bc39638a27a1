package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Slice;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * What the funnel remembers of one journey: a lead and the opportunity it converted into, or an
 * opportunity opened without a lead. Its two aggregates' events arrive on two topics in either
 * order, so each keeps its own applied sequence, and every fact is one that arrival order cannot
 * change: the first time each stage was entered, the journey's start, its win. Its funnel figures
 * are a function of this state alone ({@link JourneyFacts}).
 */
final class JourneyState {
    static final long NOTHING_APPLIED = -1;

    final AggregateKey key;
    /** How many times the stored document was saved; the save is conditional on it. */
    final long storedVersion;

    long leadSequence = NOTHING_APPLIED;
    long dealSequence = NOTHING_APPLIED;
    /** The lead's creation, or the opening of an opportunity without a lead; null until seen. */
    Instant startedAt;

    List<Slice> leadSlices = List.of();
    /** Empty until the opportunity opened. */
    List<Slice> dealSlices = List.of();
    /** The competitor of the standing loss: a reopen withdraws it. */
    String competitor;

    String pipelineId;
    int pipelineVersion;
    /** First entry into each lead stage and each opportunity stage, to the millisecond. */
    final Map<String, Instant> leadEntered = new TreeMap<>();

    final Map<String, Instant> dealEntered = new TreeMap<>();
    Instant wonAt;

    JourneyState(AggregateKey key, long storedVersion) {
        this.key = key;
        this.storedVersion = storedVersion;
    }

    String tenant() {
        return key.tenant();
    }

    /**
     * The slices the journey counts in now: the opportunity's once it opened (its owner and team
     * follow reassignments, and it adds the pipeline), else the lead's; the lead's campaign and
     * contact role in either case; the competitor it is lost to, while it is; and the pairs of them.
     */
    List<Slice> slices() {
        List<Slice> slices = new ArrayList<>(dealSlices.isEmpty() ? leadSlices : dealSlices);
        if (!dealSlices.isEmpty()) {
            leadSlices.stream()
                    .filter(s -> s.dimension().equals(KpiDimensions.CAMPAIGN)
                            || s.dimension().equals(KpiDimensions.CONTACT_ROLE))
                    .forEach(slices::add);
        }
        if (slices.isEmpty()) {
            slices.add(Slice.ALL);
        }
        if (competitor != null) {
            slices.add(Slice.of(KpiDimensions.COMPETITOR, competitor));
        }
        return SlicePairs.withPairs(slices);
    }

    static void enter(Map<String, Instant> entered, String stage, Instant at) {
        if (stage != null) {
            entered.merge(stage, millis(at), (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    Document toDocument() {
        return new Document("_id", key.documentId())
                .append("tenant", key.tenant())
                .append("journeyId", key.id())
                .append("version", storedVersion + 1)
                .append("leadSequence", leadSequence)
                .append("dealSequence", dealSequence)
                .append("startedAt", FactState.date(startedAt))
                .append("leadSlices", FactState.documents(leadSlices))
                .append("dealSlices", FactState.documents(dealSlices))
                .append("competitor", competitor)
                .append("pipelineId", pipelineId)
                .append("pipelineVersion", pipelineVersion)
                .append("leadEntered", entries(leadEntered))
                .append("dealEntered", entries(dealEntered))
                .append("wonAt", FactState.date(wonAt));
    }

    static JourneyState fromDocument(AggregateKey key, Document document) {
        JourneyState journey = new JourneyState(key, document.getLong("version"));
        journey.leadSequence = document.getLong("leadSequence");
        journey.dealSequence = document.getLong("dealSequence");
        journey.startedAt = FactState.instant(document, "startedAt");
        journey.leadSlices = FactState.slicesOf(document.getList("leadSlices", Document.class));
        journey.dealSlices = FactState.slicesOf(document.getList("dealSlices", Document.class));
        journey.competitor = document.getString("competitor");
        journey.pipelineId = document.getString("pipelineId");
        journey.pipelineVersion = document.getInteger("pipelineVersion", 0);
        readEntries(document.getList("leadEntered", Document.class), journey.leadEntered);
        readEntries(document.getList("dealEntered", Document.class), journey.dealEntered);
        journey.wonAt = FactState.instant(document, "wonAt");
        return journey;
    }

    /** A list, not a sub-document: stage names are free text and may not be field names. */
    private static List<Document> entries(Map<String, Instant> entered) {
        return entered.entrySet().stream()
                .map(e -> new Document("stage", e.getKey()).append("at", FactState.date(e.getValue())))
                .toList();
    }

    private static void readEntries(List<Document> documents, Map<String, Instant> into) {
        if (documents != null) {
            documents.forEach(d -> into.put(d.getString("stage"), FactState.instant(d, "at")));
        }
    }
}
