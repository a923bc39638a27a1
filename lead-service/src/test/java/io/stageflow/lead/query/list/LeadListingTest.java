package io.stageflow.lead.query.list;

import static io.stageflow.lead.query.list.LeadEvents.ACME;
import static io.stageflow.lead.query.list.LeadEvents.BUSINESS_TIME;
import static io.stageflow.lead.query.list.LeadEvents.recordedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.ListingUpdate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The fold of one batch of a lead's events into the fields its listing changes, as a plain object. */
class LeadListingTest {
    private final LeadEvents lead = new LeadEvents("lead-1");

    @Test
    void creationSetsEveryFieldTheListShows() {
        ListingUpdate update = LeadListing.fold(List.of(lead.created(0)));

        assertThat(update.creates()).isTrue();
        assertThat(update.tenant()).isEqualTo(ACME);
        assertThat(update.aggregateId()).isEqualTo("lead-1");
        assertThat(update.version()).isZero();
        assertThat(update.updatedAt()).isEqualTo(recordedAt(0));
        assertThat(update.fields())
                .containsEntry("leadId", "lead-1")
                .containsEntry("stage", "NEW")
                .containsEntry("status", "OPEN")
                .containsEntry("ownerId", "rep-7")
                .containsEntry("teamId", "team-3")
                .containsEntry("source", "web")
                .containsEntry("industry", "retail")
                .containsEntry("region", "EMEA")
                .containsEntry("campaign", "spring-fair")
                .containsEntry("contactRole", "CHAMPION")
                .containsEntry("createdAt", Date.from(BUSINESS_TIME))
                .doesNotContainKey("opportunityId");
    }

    @Test
    void foldsABatchInSequenceOrderWhateverOrderItArrivedIn() {
        ListingUpdate update = LeadListing.fold(List.of(lead.disqualified(2), lead.created(0), lead.contacted(1)));

        assertThat(update.creates()).isTrue();
        assertThat(update.version()).isEqualTo(2);
        assertThat(update.updatedAt()).isEqualTo(recordedAt(2));
        assertThat(update.fields()).containsEntry("stage", "CONTACTED").containsEntry("status", "DISQUALIFIED");
    }

    @Test
    void aBatchWithoutTheCreationTouchesOnlyWhatItsEventsChange() {
        ListingUpdate update = LeadListing.fold(List.of(lead.reassigned(4, "rep-9", "team-4")));

        assertThat(update.creates()).isFalse();
        assertThat(update.fields()).isEqualTo(new Document("ownerId", "rep-9").append("teamId", "team-4"));
    }

    @Test
    void reopeningReturnsToOpenInTheStageItLeftFrom() {
        ListingUpdate update = LeadListing.fold(List.of(lead.disqualified(2), lead.reopened(3)));

        assertThat(update.fields()).containsEntry("status", "OPEN").containsEntry("stage", "CONTACTED");
    }

    @Test
    void aCorrectionMovesTheListedStage() {
        ListingUpdate update = LeadListing.fold(List.of(lead.contactedAsACorrection(3)));

        assertThat(update.fields()).isEqualTo(new Document("stage", "CONTACTED"));
        assertThat(update.version()).isEqualTo(3);
    }

    @Test
    void conversionNamesTheOpportunity() {
        ListingUpdate update = LeadListing.fold(List.of(lead.converted(2, "opp-9")));

        assertThat(update.fields()).containsEntry("status", "CONVERTED").containsEntry("opportunityId", "opp-9");
    }

    @Test
    void anEventTheListDoesNotShowStillMovesVersionAndUpdatedAt() {
        record Noted(TenantId tenantId, LeadId leadId, Instant occurredAt) implements LeadEvent {}
        ListingUpdate update = LeadListing.fold(List.of(
                lead.contacted(1), new ListedLeadEvent(new Noted(ACME, lead.id(), BUSINESS_TIME), 2, recordedAt(2))));

        assertThat(update.fields()).isEqualTo(new Document("stage", "CONTACTED"));
        assertThat(update.version()).isEqualTo(2);
        assertThat(update.updatedAt()).isEqualTo(recordedAt(2));
    }

    @Test
    void anEventDeliveredTwiceInABatchFoldsAsOnce() {
        ListingUpdate once = LeadListing.fold(List.of(lead.created(0), lead.contacted(1)));
        ListingUpdate twice =
                LeadListing.fold(List.of(lead.created(0), lead.contacted(1), lead.created(0), lead.contacted(1)));

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void aBatchYieldsOneUpdatePerLead() {
        LeadEvents other = new LeadEvents("lead-2");
        LeadListBatch batch = new LeadListBatch();
        for (ListedLeadEvent listed :
                List.of(lead.created(0), other.created(0), lead.contacted(1), other.disqualified(1))) {
            batch.add(listed.event(), listed.sequence(), listed.recordedAt());
        }

        assertThat(batch.updates())
                .extracting(ListingUpdate::aggregateId, ListingUpdate::version, u -> u.fields()
                        .get("status"))
                .containsExactly(tuple("lead-1", 1L, "OPEN"), tuple("lead-2", 1L, "DISQUALIFIED"));
    }
}
