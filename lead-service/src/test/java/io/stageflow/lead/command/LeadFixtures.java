package io.stageflow.lead.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.reasons.ReasonLists;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** A lead fixture with the resources its handlers take (reason lists, known pipelines), and its usual values. */
final class LeadFixtures {
    static final TenantId ACME = new TenantId("acme");
    static final TenantId GLOBEX = new TenantId("globex");
    static final LeadId LEAD = new LeadId("lead-1");
    static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T1 = T0.plusSeconds(3600);
    static final Instant T2 = T1.plusSeconds(3600);

    private LeadFixtures() {}

    /** ACME's lead, created at T0 in stage NEW. */
    static LeadCreated created() {
        return new LeadCreated(ACME, LEAD, T0, "NEW", DIMENSIONS);
    }

    /** Every tenant on the default reasons, and no pipeline but the default one. */
    static FixtureConfiguration<Lead> onDefaults() {
        return with(ReasonLists.defaults(), (tenant, pipeline) -> false);
    }

    static FixtureConfiguration<Lead> with(ReasonLists reasonLists, KnownPipelines pipelines) {
        FixtureConfiguration<Lead> fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(reasonLists);
        fixture.registerInjectableResource(pipelines);
        return fixture;
    }

    /** An {@link InvalidCommand} blaming {@code field}, so that the 400 names it. */
    static Matcher<Object> invalidNaming(String field) {
        return new FeatureMatcher<>(Matchers.is(field), "invalid command naming", "field") {
            @Override
            protected String featureValueOf(Object actual) {
                return actual instanceof InvalidCommand invalid ? invalid.field() : null;
            }
        };
    }
}
