package io.stageflow.metrics.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

/**
 * One journey's changes as a single upsert. Only $min, $max and $set of values the events carry:
 * applying an update twice, or two updates in either order, leaves the same document.
 */
final class JourneyUpdates {
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private JourneyUpdates() {}

    static WriteModel<Document> of(JourneyState journey) {
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.setOnInsert(JourneyFields.TENANT, journey.key().tenant()));
        updates.add(Updates.setOnInsert(JourneyFields.JOURNEY_ID, journey.key().id()));
        min(updates, JourneyFields.STARTED_AT, journey.startedAt());
        min(updates, JourneyFields.WON_AT, journey.wonAt());
        min(updates, JourneyFields.LOST_AT, journey.lostAt());
        min(updates, JourneyFields.DISQUALIFIED_AT, journey.disqualifiedAt());
        if (journey.furthestRank() >= 0) {
            updates.add(Updates.max(JourneyFields.FURTHEST_RANK, journey.furthestRank()));
        }
        if (journey.dimensions() != null) {
            updates.add(Updates.set(JourneyFields.DIMENSIONS, dimensions(journey.dimensions())));
        }
        if (journey.wonAmount() != null) {
            updates.add(Updates.set(JourneyFields.WON_AMOUNT, money(journey.wonAmount())));
        }
        journey.enteredAt().forEach((stage, at) -> min(updates, JourneyFields.enteredAt(stage), at));
        journey.exitedAt().forEach((stage, at) -> updates.add(Updates.max(JourneyFields.exitedAt(stage), date(at))));
        return new UpdateOneModel<>(eq("_id", journey.key().documentId()), Updates.combine(updates), UPSERT);
    }

    private static void min(List<Bson> updates, String field, Instant at) {
        if (at != null) {
            updates.add(Updates.min(field, date(at)));
        }
    }

    private static Date date(Instant at) {
        return Date.from(at);
    }

    private static Document dimensions(Dimensions d) {
        return new Document("source", d.source())
                .append("industry", d.industry())
                .append("region", d.region())
                .append("ownerId", d.ownerId())
                .append("teamId", d.teamId());
    }

    private static Document money(Money money) {
        return new Document("amount", new Decimal128(money.amount())).append("currency", money.currency());
    }
}
