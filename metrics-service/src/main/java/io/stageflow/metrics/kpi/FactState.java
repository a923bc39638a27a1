package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Slice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * What the KPI facts remember of one lead or opportunity: how far its events were applied
 * ({@code sequence}) and the slices it counts in now. Written only by the reader of its own topic,
 * so it has one writer (ADR 0005). Kinds add what their facts need through {@link #readFrom} and
 * {@link #writeTo}.
 */
abstract class FactState {
    static final long NOTHING_APPLIED = -1;

    final AggregateKey key;
    /** The sequence of the last event applied as the store holds it; the save is conditional on it. */
    final long storedSequence;

    long sequence;
    private final List<Slice> slices = new ArrayList<>();

    FactState(AggregateKey key, long storedSequence) {
        this.key = key;
        this.storedSequence = storedSequence;
        this.sequence = storedSequence;
    }

    String tenant() {
        return key.tenant();
    }

    boolean changed() {
        return sequence != storedSequence;
    }

    /** The slices to count in; an aggregate whose first event was never seen (rejected) counts in ALL only. */
    List<Slice> slices() {
        return slices.isEmpty() ? List.of(Slice.ALL) : List.copyOf(slices);
    }

    void slices(List<Slice> current) {
        slices.clear();
        slices.addAll(SlicePairs.withPairs(current));
    }

    /** Owner and team changed: what happens from now on counts for the new ones. */
    void reassign(String rep, String team) {
        slices(KpiDimensions.reassigned(slices(), rep, team));
    }

    abstract void readFrom(Document document);

    abstract void writeTo(Document document);

    /** The single slices: the pairs follow from them. */
    static List<Document> documents(List<Slice> slices) {
        return slices.stream()
                .filter(s -> !s.isPair())
                .map(s -> new Document("d", s.dimension()).append("v", s.value()))
                .toList();
    }

    /** The single slices as stored; whoever counts in them adds the pairs. */
    static List<Slice> slicesOf(List<Document> documents) {
        return documents == null
                ? List.of()
                : documents.stream()
                        .map(d -> Slice.of(d.getString("d"), d.getString("v")))
                        .toList();
    }

    static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    Document toDocument() {
        Document document = new Document("_id", key.documentId())
                .append("tenant", key.tenant())
                .append("aggregateId", key.id())
                .append("sequence", sequence)
                .append("slices", documents(slices));
        writeTo(document);
        return document;
    }

    void fromDocument(Document document) {
        slices(slicesOf(document.getList("slices", Document.class)));
        readFrom(document);
    }
}
