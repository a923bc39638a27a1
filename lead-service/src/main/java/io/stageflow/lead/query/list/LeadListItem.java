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

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.lead.command.LeadStatus;
import java.time.Instant;
import org.bson.Document;

/**
 * One lead in a list. {@code createdAt} is business time (the creation's occurredAt);
 * {@code updatedAt} is when the service recorded its last change, which is what "recently changed"
 * means to a person scanning the list. {@code version} is the sequence of that last change.
 * {@code campaign}, {@code contactRole} and {@code opportunityId} are null until known.
 */
public record LeadListItem(
        LeadId leadId,
        String stage,
        LeadStatus status,
        String ownerId,
        String teamId,
        String source,
        String industry,
        String region,
        String campaign,
        String contactRole,
        OpportunityId opportunityId,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static LeadListItem of(Document listing) {
        String opportunityId = listing.getString(OPPORTUNITY_ID);
        return new LeadListItem(
                new LeadId(listing.getString(LEAD_ID)),
                listing.getString(STAGE),
                LeadStatus.valueOf(listing.getString(STATUS)),
                listing.getString(OWNER_ID),
                listing.getString(TEAM_ID),
                listing.getString(SOURCE),
                listing.getString(INDUSTRY),
                listing.getString(REGION),
                listing.getString(CAMPAIGN),
                listing.getString(CONTACT_ROLE),
                opportunityId == null ? null : new OpportunityId(opportunityId),
                listing.getDate(CREATED_AT).toInstant(),
                Listings.updatedAt(listing),
                Listings.version(listing));
    }
}
