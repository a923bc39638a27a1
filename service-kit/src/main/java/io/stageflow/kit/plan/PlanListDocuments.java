package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.kit.readmodel.Listings;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * A figure's listing fields, to and from BSON. The key parts sit in a {@code key} sub-document under
 * their contract names, so one mapping serves every kind; a period is kept with its year (for the
 * year filter). Times are BSON dates, amounts Decimal128 (exact).
 */
final class PlanListDocuments {
    static final String KEY = "key";
    static final String PERIOD = "period";
    static final String YEAR = "year";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String OCCURRED_AT = "occurredAt";

    private PlanListDocuments() {}

    static Document fields(PlanEntry entry) {
        Document key = new Document();
        entry.key().forEach(key::append);
        return new Document(KEY, key)
                .append(PERIOD, entry.period().value())
                .append(YEAR, PlanPeriods.yearOf(entry.period()))
                .append(
                        AMOUNT,
                        new Document(AMOUNT, new Decimal128(entry.amount().amount()))
                                .append(CURRENCY, entry.amount().currency()))
                .append(OCCURRED_AT, Date.from(entry.occurredAt()));
    }

    static String keyField(String part) {
        return KEY + "." + part;
    }

    static PlanListItem item(Document listing) {
        Map<String, String> key = new LinkedHashMap<>();
        listing.get(KEY, Document.class).forEach((part, value) -> key.put(part, (String) value));
        Document amount = listing.get(AMOUNT, Document.class);
        String id = listing.getString(Listings.ID);
        return new PlanListItem(
                id.substring(id.indexOf('/') + 1),
                Collections.unmodifiableMap(key),
                new Period(listing.getString(PERIOD)),
                new Money(amount.get(AMOUNT, Decimal128.class).bigDecimalValue(), amount.getString(CURRENCY)),
                listing.getDate(OCCURRED_AT).toInstant(),
                Listings.updatedAt(listing),
                Listings.version(listing));
    }
}
