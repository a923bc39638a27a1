package io.stageflow.opportunity.command;

import io.stageflow.events.ids.AccountId;
import io.stageflow.kit.reasons.ReasonLists;
import io.stageflow.opportunity.account.AccountDirectory;
import io.stageflow.opportunity.pipeline.InMemoryPipelineCatalog;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** An opportunity fixture with the resources its handlers are given: pipelines, reasons, accounts. */
final class OpportunityFixtures {
    /** The one account the fixtures' tenant "acme" has. */
    static final AccountId ACCOUNT = new AccountId("account-1");

    private OpportunityFixtures() {}

    static FixtureConfiguration<Opportunity> fixture(InMemoryPipelineCatalog pipelines, ReasonLists reasons) {
        FixtureConfiguration<Opportunity> fixture = new AggregateTestFixture<>(Opportunity.class);
        fixture.registerInjectableResource(pipelines);
        fixture.registerInjectableResource(reasons);
        AccountDirectory accounts = (tenant, account) -> tenant.value().equals("acme") && account.equals(ACCOUNT);
        fixture.registerInjectableResource(accounts);
        return fixture;
    }

    static FixtureConfiguration<Opportunity> fixture(InMemoryPipelineCatalog pipelines) {
        return fixture(pipelines, ReasonLists.defaults());
    }

    static FixtureConfiguration<Opportunity> fixture() {
        return fixture(new InMemoryPipelineCatalog());
    }
}
