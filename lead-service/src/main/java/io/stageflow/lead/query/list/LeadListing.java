package io.stageflow.lead.query.list;

import static io.stageflow.lead.query.list.LeadListFields.CAMPAIGN;
import static io.stageflow.lead.query.list.LeadListFields.CONTACT_ROLE;
import static io.stageflow.lead.query.list.LeadListFields.CREATED_AT;
import static io.stageflow.lead.query.list.LeadListFields.INDUSTRY;
import static io.stageflow.lead.query.list.LeadListFields.LEAD_ID;
import static io.stageflow.lead.query.list.LeadListFields.OPPORTUNITY_ID;
import static io.stageflow.lead.query.list.LeadListFields.OWNER_ID;
import static io.stageflow.lead.query.list.LeadListFields.REGION;
import static io.stageflow.lead.query.list.LeadListFields.SOURCE;
import static io.stageflow.lead.query.list.LeadListFields.STAGE;
import static io.stageflow.lead.query.list.LeadListFields.STATUS;
import static io.stageflow.lead.query.list.LeadListFields.TEAM_ID;

import io.stageflow.events.Dimensions;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.kit.readmodel.ListingUpdate;
import io.stageflow.lead.command.LeadStatus;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * What one batch changes in one lead's listing. Fields are set in sequence order, so a later event
 * of the batch overwrites an earlier one's; none of them is ever unset, so an absent field always
 * means "untouched". Times are BSON dates, so that they sort and compare as times.
 */
final class LeadListing {
    private LeadListing() {}

    /** Folds one lead's events of a batch; their arrival order does not matter, only their sequence. */
    static ListingUpdate fold(List<ListedLeadEvent> events) {
        List<ListedLeadEvent> inOrder = events.stream()
                .sorted(Comparator.comparingLong(ListedLeadEvent::sequence))
                .toList();
        ListedLeadEvent last = inOrder.get(inOrder.size() - 1);
        Document fields = new Document();
        boolean creates = false;
        for (ListedLeadEvent listed : inOrder) {
            if (listed.event() instanceof LeadCreated event) {
                creates = true;
                Dimensions dimensions = event.dimensions();
                fields.append(LEAD_ID, event.leadId().value())
                        .append(STAGE, event.stage())
                        .append(STATUS, LeadStatus.OPEN.name())
                        .append(OWNER_ID, dimensions.ownerId())
                        .append(TEAM_ID, dimensions.teamId())
                        .append(SOURCE, dimensions.source())
                        .append(INDUSTRY, dimensions.industry())
                        .append(REGION, dimensions.region())
                        .append(CAMPAIGN, event.campaign())
                        .append(CONTACT_ROLE, event.contactRole())
                        .append(CREATED_AT, Date.from(event.occurredAt()));
            } else if (listed.event() instanceof LeadStageChanged event) {
                fields.append(STAGE, event.toStage());
            } else if (listed.event() instanceof LeadStageCorrected event) {
                fields.append(STAGE, event.toStage());
            } else if (listed.event() instanceof LeadDisqualified) {
                fields.append(STATUS, LeadStatus.DISQUALIFIED.name());
            } else if (listed.event() instanceof LeadReopened event) {
                fields.append(STATUS, LeadStatus.OPEN.name()).append(STAGE, event.stage());
            } else if (listed.event() instanceof LeadReassigned event) {
                fields.append(OWNER_ID, event.ownerId()).append(TEAM_ID, event.teamId());
            } else if (listed.event() instanceof LeadConverted event) {
                fields.append(STATUS, LeadStatus.CONVERTED.name())
                        .append(OPPORTUNITY_ID, event.opportunityId().value());
            }
            // Any other lead event still moves version and updatedAt on.
        }
        return new ListingUpdate(
                last.event().tenantId(),
                last.event().leadId().value(),
                last.sequence(),
                last.recordedAt(),
                creates,
                fields);
    }
}
