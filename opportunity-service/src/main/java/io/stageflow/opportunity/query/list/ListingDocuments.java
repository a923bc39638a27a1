package io.stageflow.opportunity.query.list;

import static io.stageflow.opportunity.query.list.ListingFields.AMOUNT;
import static io.stageflow.opportunity.query.list.ListingFields.CURRENCY;
import static io.stageflow.opportunity.query.list.ListingFields.EXPECTED_CLOSE_DATE;
import static io.stageflow.opportunity.query.list.ListingFields.INDUSTRY;
import static io.stageflow.opportunity.query.list.ListingFields.LEAD_ID;
import static io.stageflow.opportunity.query.list.ListingFields.OPENED_AT;
import static io.stageflow.opportunity.query.list.ListingFields.OPPORTUNITY_ID;
import static io.stageflow.opportunity.query.list.ListingFields.OWNER_ID;
import static io.stageflow.opportunity.query.list.ListingFields.PIPELINE_ID;
import static io.stageflow.opportunity.query.list.ListingFields.REGION;
import static io.stageflow.opportunity.query.list.ListingFields.SOURCE;
import static io.stageflow.opportunity.query.list.ListingFields.STAGE;
import static io.stageflow.opportunity.query.list.ListingFields.STATUS;
import static io.stageflow.opportunity.query.list.ListingFields.TEAM_ID;
import static io.stageflow.opportunity.query.list.ListingFields.TENANT;
import static io.stageflow.opportunity.query.list.ListingFields.UPDATED_AT;
import static io.stageflow.opportunity.query.list.ListingFields.VERSION;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Listings to and from BSON. Times are BSON dates (millisecond precision) so that they sort and
 * compare as times; amounts are Decimal128 so that they stay exact. A close date is a calendar day
 * in no time zone, so it is stored as its ISO text, which still sorts and compares as dates do.
 */
final class ListingDocuments {
    private ListingDocuments() {}

    /**
     * The fields a change sets: all of them when it holds the opening event. Owner and team come from
     * the fold, not the opening, because a reassignment later in the same batch replaces them.
     */
    static Document fields(ListingChange change) {
        Document fields = new Document(VERSION, change.version()).append(UPDATED_AT, Date.from(change.updatedAt()));
        OpportunityOpened opened = change.opened();
        if (opened != null) {
            Dimensions dimensions = opened.dimensions();
            fields.append(TENANT, opened.tenantId().value())
                    .append(OPPORTUNITY_ID, opened.opportunityId().value())
                    .append(
                            LEAD_ID,
                            opened.leadId() == null ? null : opened.leadId().value())
                    .append(PIPELINE_ID, pipelineOf(opened).value())
                    .append(SOURCE, dimensions.source())
                    .append(INDUSTRY, dimensions.industry())
                    .append(REGION, dimensions.region())
                    .append(OPENED_AT, Date.from(opened.occurredAt()));
        }
        if (change.stage() != null) {
            fields.append(STAGE, change.stage());
        }
        if (change.status() != null) {
            fields.append(STATUS, change.status().name());
        }
        if (change.amount() != null) {
            fields.append(
                    AMOUNT,
                    new Document(AMOUNT, new Decimal128(change.amount().amount()))
                            .append(CURRENCY, change.amount().currency()));
        }
        if (change.expectedCloseDate() != null) {
            fields.append(EXPECTED_CLOSE_DATE, change.expectedCloseDate().toString());
        }
        if (change.ownerId() != null) {
            fields.append(OWNER_ID, change.ownerId()).append(TEAM_ID, change.teamId());
        }
        return fields;
    }

    /** Openings recorded before pipelines existed follow the default pipeline. */
    private static PipelineId pipelineOf(OpportunityOpened opened) {
        return opened.pipelineId() != null ? opened.pipelineId() : PipelineId.defaultFor(opened.tenantId());
    }

    static OpportunityListItem item(Document listing) {
        Document amount = listing.get(AMOUNT, Document.class);
        String leadId = listing.getString(LEAD_ID);
        String pipelineId = listing.getString(PIPELINE_ID);
        String expectedCloseDate = listing.getString(EXPECTED_CLOSE_DATE);
        return new OpportunityListItem(
                new OpportunityId(listing.getString(OPPORTUNITY_ID)),
                leadId == null ? null : new LeadId(leadId),
                pipelineId == null ? null : new PipelineId(pipelineId),
                listing.getString(STAGE),
                OpportunityStatus.valueOf(listing.getString(STATUS)),
                new Money(amount.get(AMOUNT, Decimal128.class).bigDecimalValue(), amount.getString(CURRENCY)),
                expectedCloseDate == null ? null : LocalDate.parse(expectedCloseDate),
                listing.getString(OWNER_ID),
                listing.getString(TEAM_ID),
                listing.getString(SOURCE),
                listing.getString(INDUSTRY),
                listing.getString(REGION),
                instant(listing, OPENED_AT),
                instant(listing, UPDATED_AT),
                ((Number) listing.get(VERSION)).longValue());
    }

    private static Instant instant(Document listing, String field) {
        return listing.getDate(field).toInstant();
    }
}
