package io.stageflow.lead.query.list;

import static io.stageflow.lead.query.list.LeadEvents.ACME;
import static io.stageflow.lead.query.list.LeadEvents.BUSINESS_TIME;
import static io.stageflow.lead.query.list.LeadEvents.recordedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.readmodel.Paging;
import io.stageflow.kit.security.SalesRecordAccess;
import io.stageflow.kit.test.TestDatabases;
import io.stageflow.lead.command.LeadStage;
import io.stageflow.lead.command.LeadStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lead list written and read against the shared in-process MongoDB. */
class LeadListsTest {
    private final LeadEvents first = new LeadEvents("lead-1");
    private final LeadEvents second = new LeadEvents("lead-2");
    private Listings listings;
    private LeadLists lists;

    @BeforeEach
    void freshCollection() {
        listings = new Listings(TestDatabases.fresh("leads").getCollection(LeadListFields.COLLECTION));
        lists = new LeadLists(listings);
    }

    private void write(ListedLeadEvent... batch) {
        LeadListBatch listing = new LeadListBatch();
        for (ListedLeadEvent listed : batch) {
            listing.add(listed.event(), listed.sequence(), listed.recordedAt());
        }
        listings.write(listing.updates());
    }

    private List<LeadListItem> find(
            String owner, LeadStage stage, LeadStatus status, String source, String campaign, Instant since) {
        return lists.find(new LeadListQuery(
                        ACME, null, owner, null, stage, status, source, campaign, since, new Paging(0, 50)))
                .items();
    }

    private List<LeadListItem> all() {
        return find(null, null, null, null, null, null);
    }

    @Test
    void aListedLeadShowsItsLastChange() {
        write(first.created(0), first.contacted(1));
        write(first.converted(2, "opp-9"));

        assertThat(all())
                .containsExactly(new LeadListItem(
                        first.id(),
                        "CONTACTED",
                        LeadStatus.CONVERTED,
                        "rep-7",
                        "team-3",
                        "web",
                        "retail",
                        "EMEA",
                        "spring-fair",
                        "CHAMPION",
                        new OpportunityId("opp-9"),
                        BUSINESS_TIME,
                        recordedAt(2),
                        2));
    }

    @Test
    void replayingTheWholeStreamChangesNothing() {
        ListedLeadEvent[] stream = {
            first.created(0),
            first.contacted(1),
            first.disqualified(2),
            first.reopened(3),
            first.reassigned(4, "r", "t")
        };
        write(stream);
        List<LeadListItem> before = all();

        write(stream);
        write(first.created(0), first.contacted(1));

        assertThat(all()).isEqualTo(before);
        assertThat(before.get(0).status()).isEqualTo(LeadStatus.OPEN);
        assertThat(before.get(0).ownerId()).isEqualTo("r");
    }

    @Test
    void filtersMatchTheStoredFields() {
        write(first.created(0), first.contacted(1));
        write(second.created(0), second.reassigned(1, "rep-9", "team-9"), second.disqualified(2));

        assertThat(find("rep-9", null, null, null, null, null))
                .extracting(LeadListItem::leadId)
                .containsExactly(second.id());
        assertThat(find(null, LeadStage.CONTACTED, null, null, null, null))
                .extracting(LeadListItem::leadId)
                .containsExactly(first.id());
        assertThat(find(null, null, LeadStatus.DISQUALIFIED, null, null, null))
                .extracting(LeadListItem::leadId)
                .containsExactly(second.id());
        assertThat(find(null, null, null, "web", "spring-fair", recordedAt(2)))
                .extracting(LeadListItem::leadId)
                .containsExactly(second.id());
        assertThat(find(null, null, null, "partner", null, null)).isEmpty();
        assertThat(lists.find(new LeadListQuery(
                                new TenantId("globex"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                new Paging(0, 50)))
                        .total())
                .isZero();
    }

    @Test
    void aCallerWhoSeesSomeRecordsListsTheirsAndTheirTeamsOnly() {
        write(first.created(0));
        write(second.created(0), second.reassigned(1, "rep-9", "team-9"));

        assertThat(visibleTo(new SalesRecordAccess.Visible("rep-9", Set.of())))
                .extracting(LeadListItem::leadId)
                .containsExactly(second.id());
        assertThat(visibleTo(new SalesRecordAccess.Visible("manager-1", Set.of("team-3"))))
                .extracting(LeadListItem::leadId)
                .containsExactly(first.id());
        assertThat(visibleTo(new SalesRecordAccess.Visible("manager-1", Set.of("team-3", "team-9"))))
                .hasSize(2);
        assertThat(visibleTo(new SalesRecordAccess.Visible(null, Set.of()))).isEmpty();
    }

    private List<LeadListItem> visibleTo(SalesRecordAccess.Visible visible) {
        return lists.find(new LeadListQuery(ACME, visible, null, null, null, null, null, null, null, new Paging(0, 50)))
                .items();
    }
}
