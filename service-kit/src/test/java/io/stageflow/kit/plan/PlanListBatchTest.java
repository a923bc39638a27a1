package io.stageflow.kit.plan;

import static io.stageflow.kit.plan.PlanSamples.quota;
import static io.stageflow.kit.plan.PlanSamples.recordedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stageflow.kit.readmodel.ListingUpdate;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class PlanListBatchTest {

    @Test
    void eachFigureEndsAtItsHighestSequenceWhateverTheOrder() {
        PlanListBatch batch = new PlanListBatch();
        batch.add(quota("rep-7", "2026-Q4", "60000"), 1, recordedAt(1));
        batch.add(quota("rep-8", "2026-Q4", "10000"), 0, recordedAt(2));
        batch.add(quota("rep-7", "2026-Q4", "70000"), 2, recordedAt(3));
        batch.add(quota("rep-7", "2026-Q4", "50000"), 0, recordedAt(0));

        assertThat(batch.updates())
                .extracting(
                        update -> update.fields().get("key", Document.class).getString(PlanEntry.SUBJECT_ID),
                        ListingUpdate::version,
                        ListingUpdate::updatedAt)
                .containsExactly(tuple("rep-7", 2L, recordedAt(3)), tuple("rep-8", 0L, recordedAt(2)));
    }

    @Test
    void everySettingCarriesTheWholeFigureSoAnyMayCreateTheListing() {
        PlanListBatch batch = new PlanListBatch();
        batch.add(quota("rep-7", "2026-Q4", "60000"), 5, recordedAt(5));

        assertThat(batch.updates()).singleElement().satisfies(update -> {
            assertThat(update.creates()).isTrue();
            assertThat(update.fields().keySet()).containsExactly("key", "period", "year", "amount", "occurredAt");
        });
    }
}
