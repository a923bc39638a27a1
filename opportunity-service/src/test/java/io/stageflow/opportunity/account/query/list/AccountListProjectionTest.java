package io.stageflow.opportunity.account.query.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.stageflow.events.AccountEvent;
import io.stageflow.events.Money;
import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.ListPage;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.readmodel.Paging;
import io.stageflow.localinfra.SharedTestInfra;
import io.stageflow.opportunity.account.command.AccountStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection run in batches as the pooled processor runs it, over the shared Mongo, read back by the list. */
class AccountListProjectionTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final Money AMOUNT = new Money(new BigDecimal("100"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant T3 = Instant.parse("2026-09-01T09:00:00Z");

    private MongoClient client;
    private AccountListProjection projection;
    private AccountLists lists;
    private final List<DomainEventMessage<?>> history = new ArrayList<>();

    @BeforeEach
    void freshCollection() {
        client = MongoClients.create(SharedTestInfra.mongoConnectionString());
        Listings listings = new Listings(
                client.getDatabase("account-list-" + UUID.randomUUID()).getCollection(AccountListFields.COLLECTION));
        projection = new AccountListProjection(listings);
        lists = new AccountLists(listings);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    private DomainEventMessage<?> stored(AccountEvent event) {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>(
                "Account",
                event.accountId().value(),
                history.size(),
                event,
                Map.of(),
                UUID.randomUUID().toString(),
                T0.plusSeconds(history.size()));
        history.add(message);
        return message;
    }

    private void handle(List<DomainEventMessage<?>> messages) {
        new BatchingUnitOfWork<>(messages)
                .executeWithResult(
                        () -> {
                            DomainEventMessage<?> message = (DomainEventMessage<?>)
                                    CurrentUnitOfWork.get().getMessage();
                            projection.on((AccountEvent) message.getPayload(), message);
                            return null;
                        },
                        RollbackConfigurationType.ANY_THROWABLE);
    }

    private AccountListItem listed() {
        ListPage<AccountListItem> page = lists.find(new AccountListQuery(TENANT, null, null, new Paging(0, 10)));
        assertThat(page.total()).isEqualTo(1);
        return page.items().get(0);
    }

    @Test
    void aBatchCreatesTheListingAsOfItsLastEvent() {
        handle(List.of(
                stored(new AccountCreated(TENANT, ACCOUNT, T0, "Initech", "software", "EMEA", "rep-7")),
                stored(new AccountBecameCustomer(TENANT, ACCOUNT, T1, OpportunityId.random(), AMOUNT, false)),
                stored(new AccountPurchaseMade(TENANT, ACCOUNT, T2, OpportunityId.random(), AMOUNT))));

        AccountListItem item = listed();
        assertThat(item.status()).isEqualTo(AccountStatus.CUSTOMER);
        assertThat(item.customerSince()).isEqualTo(T1);
        assertThat(item.createdAt()).isEqualTo(T0);
        assertThat(item.name()).isEqualTo("Initech");
        assertThat(item.version()).isEqualTo(2);
        assertThat(item.updatedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void aWinBackClearsTheChurnAndARedeliveryCannotBringItBack() {
        DomainEventMessage<?> created =
                stored(new AccountCreated(TENANT, ACCOUNT, T0, "Initech", "software", "EMEA", "rep-7"));
        DomainEventMessage<?> customer =
                stored(new AccountBecameCustomer(TENANT, ACCOUNT, T1, OpportunityId.random(), AMOUNT, false));
        DomainEventMessage<?> churned = stored(new AccountChurned(TENANT, ACCOUNT, T2, "budget"));
        handle(List.of(created, customer, churned));
        assertThat(listed().status()).isEqualTo(AccountStatus.CHURNED);
        assertThat(listed().churnedAt()).isEqualTo(T2);

        handle(List.of(stored(new AccountBecameCustomer(TENANT, ACCOUNT, T3, OpportunityId.random(), AMOUNT, true))));
        handle(List.of(created, customer, churned));

        AccountListItem item = listed();
        assertThat(item.status()).isEqualTo(AccountStatus.CUSTOMER);
        assertThat(item.churnedAt()).isNull();
        assertThat(item.customerSince()).isEqualTo(T3);
        assertThat(item.version()).isEqualTo(3);
    }

    @Test
    void filtersCombineWithinTheTenant() {
        handle(List.of(stored(new AccountCreated(TENANT, ACCOUNT, T0, "Initech", "software", "EMEA", "rep-7"))));

        assertThat(lists.find(new AccountListQuery(TENANT, AccountStatus.PROSPECT, "rep-7", new Paging(0, 10)))
                        .total())
                .isEqualTo(1);
        assertThat(lists.find(new AccountListQuery(TENANT, AccountStatus.CUSTOMER, "rep-7", new Paging(0, 10)))
                        .total())
                .isZero();
        assertThat(lists.find(new AccountListQuery(new TenantId("globex"), null, null, new Paging(0, 10)))
                        .total())
                .isZero();
    }
}
