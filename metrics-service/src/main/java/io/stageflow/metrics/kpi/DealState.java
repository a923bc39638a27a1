package io.stageflow.metrics.kpi;

import io.stageflow.events.Money;
import io.stageflow.metrics.cube.Slice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * An opportunity's fact state: whether it is a qualified opportunity, its standing loss, which a
 * reopen withdraws from the day and slices it was counted in, and while open the stage and amount
 * it counts with in the pipeline.
 */
final class DealState extends FactState {
    boolean qualified;
    Loss loss;
    /** While open: the stage and amount it counts with in the pipeline; null once closed. */
    String openStage;

    Money amount;
    /** When it opened, and when it entered the stage it is in: where the cycle and the stay began. */
    Instant openedAt;

    Instant stageEnteredAt;
    /** The pipeline version it follows: its stages' probabilities and rotten-after days apply. */
    String pipelineId;

    int pipelineVersion;
    /** The expected close date, for the forecast; null when none was given. */
    LocalDate closeDate;
    /** Every stage it has been in, for the win probabilities learned from history. */
    final List<String> visited = new ArrayList<>();
    /**
     * The stays since it last opened (or reopened), oldest first; the last is the open one. A
     * back-dated correction takes back the stays that began after its time.
     */
    final List<Stay> stays = new ArrayList<>();

    DealState(AggregateKey key, long storedSequence) {
        super(key, storedSequence);
    }

    record Stay(String stage, Instant enteredAt) {}

    /** A loss as counted: withdrawing it subtracts exactly what was added. */
    record Loss(
            LocalDate day,
            String fromStage,
            String reason,
            String competitor,
            boolean qualified,
            List<Slice> slices,
            List<String> visited) {}

    @Override
    void readFrom(Document document) {
        qualified = document.getBoolean("qualified", false);
        openStage = document.getString("openStage");
        openedAt = instant(document, "openedAt");
        stageEnteredAt = instant(document, "stageEnteredAt");
        pipelineId = document.getString("pipelineId");
        pipelineVersion = document.getInteger("pipelineVersion", 1);
        String close = document.getString("closeDate");
        closeDate = close == null ? null : LocalDate.parse(close);
        visited.addAll(document.getList("visited", String.class, List.of()));
        document.getList("stays", Document.class, List.of())
                .forEach(stay -> stays.add(new Stay(stay.getString("stage"), instant(stay, "at"))));
        Document money = document.get("amount", Document.class);
        if (money != null) {
            amount = new Money(((Decimal128) money.get("value")).bigDecimalValue(), money.getString("currency"));
        }
        Document stored = document.get("loss", Document.class);
        if (stored != null) {
            loss = new Loss(
                    LocalDate.parse(stored.getString("day")),
                    stored.getString("fromStage"),
                    stored.getString("reason"),
                    stored.getString("competitor"),
                    stored.getBoolean("qualified", false),
                    SlicePairs.withPairs(slicesOf(stored.getList("slices", Document.class))),
                    stored.getList("visited", String.class, List.of()));
        }
    }

    @Override
    void writeTo(Document document) {
        document.append("qualified", qualified)
                .append("openStage", openStage)
                .append("openedAt", date(openedAt))
                .append("stageEnteredAt", date(stageEnteredAt))
                .append("pipelineId", pipelineId)
                .append("pipelineVersion", pipelineVersion)
                .append("closeDate", closeDate == null ? null : closeDate.toString())
                .append("visited", List.copyOf(visited))
                .append(
                        "stays",
                        stays.stream()
                                .map(stay -> new Document("stage", stay.stage()).append("at", date(stay.enteredAt())))
                                .toList());
        if (amount != null) {
            document.append(
                    "amount",
                    new Document("value", new Decimal128(amount.amount())).append("currency", amount.currency()));
        }
        if (loss != null) {
            document.append(
                    "loss",
                    new Document("day", loss.day().toString())
                            .append("fromStage", loss.fromStage())
                            .append("reason", loss.reason())
                            .append("competitor", loss.competitor())
                            .append("qualified", loss.qualified())
                            .append("slices", documents(loss.slices()))
                            .append("visited", loss.visited()));
        }
    }
}
