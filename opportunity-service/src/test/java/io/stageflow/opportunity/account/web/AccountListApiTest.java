package io.stageflow.opportunity.account.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.opportunity.account.AccountServiceTest;
import io.stageflow.opportunity.account.command.RecordWin;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The account list against the whole service. One tenant's accounts are set up once, by last change:
 * churned (rep-2), customer (rep-1), prospect (rep-1); another tenant has one prospect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountListApiTest extends AccountServiceTest {
    private final String tenant = newTenant();
    private final String otherTenant = newTenant();
    private AccountId prospect;
    private AccountId customer;
    private AccountId churned;

    @Autowired
    CommandGateway commands;

    @BeforeAll
    void accounts() throws Exception {
        prospect = create(tenant);
        customer = create(tenant);
        churned = create(tenant, CREATE.replace("rep-7", "rep-2"));
        create(otherTenant);
        win(customer);
        win(churned);
        mvc.perform(jsonPost(tenant, "/api/accounts/" + churned + "/churn", "{\"reason\":\"moved on\"}"))
                .andExpect(status().isNoContent());
        // The list is eventually consistent: wait until it shows the last change.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> list("status=CHURNED")
                .andExpect(jsonPath("$.total").value(1)));
    }

    private void win(AccountId account) {
        Instant at = Instant.parse("2026-03-10T12:00:00Z");
        commands.sendAndWait(new RecordWin(
                new TenantId(tenant), account, OpportunityId.random(), new Money(BigDecimal.TEN, "EUR"), at, at, null));
    }

    private ResultActions list(String query) throws Exception {
        return mvc.perform(get("/api/accounts?" + query).with(caller(tenant, "user-1")));
    }

    private List<String> ids(ResultActions response) throws Exception {
        return JsonPath.read(response.andReturn().getResponse().getContentAsString(), "$.items[*].accountId");
    }

    @Test
    void listsTheTenantsAccountsMostRecentlyChangedFirst() throws Exception {
        ResultActions all = list("").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items[0].status").value("CHURNED"))
                .andExpect(jsonPath("$.items[0].ownerId").value("rep-2"))
                .andExpect(jsonPath("$.items[0].name").value("Initech"))
                .andExpect(jsonPath("$.items[0].churnedAt").isNotEmpty())
                .andExpect(jsonPath("$.items[0].customerSince").value("2026-03-10T12:00:00Z"))
                .andExpect(jsonPath("$.items[0].version").value(2))
                .andExpect(jsonPath("$.items[1].status").value("CUSTOMER"))
                .andExpect(jsonPath("$.items[2].createdAt").value("2026-03-01T09:00:00Z"));
        assertThat(ids(all)).containsExactly(churned.value(), customer.value(), prospect.value());
    }

    @Test
    void filtersByStatusAndOwner() throws Exception {
        assertThat(ids(list("status=CUSTOMER"))).containsExactly(customer.value());
        assertThat(ids(list("status=PROSPECT&owner=rep-7"))).containsExactly(prospect.value());
        assertThat(ids(list("owner= rep-2 "))).containsExactly(churned.value());
        assertThat(ids(list("status=CHURNED&owner=rep-7"))).isEmpty();
    }

    @Test
    void pagesNeitherOverlapNorSkip() throws Exception {
        List<String> first =
                ids(list("size=2&page=0").andExpect(jsonPath("$.total").value(3)));
        List<String> second = ids(list("size=2&page=1"));
        List<String> beyond =
                ids(list("size=2&page=5").andExpect(jsonPath("$.total").value(3)));

        assertThat(first).containsExactly(churned.value(), customer.value());
        assertThat(second).containsExactly(prospect.value());
        assertThat(beyond).isEmpty();
    }

    @Test
    void anotherTenantSeesOnlyItsOwn() throws Exception {
        mvc.perform(get("/api/accounts").with(caller(otherTenant, "user-3")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("PROSPECT"));
    }

    @ParameterizedTest
    @CsvSource({
        "status=FOO,status",
        "status=,status",
        "'owner= ',owner",
        "page=-1,page",
        "page=x,page",
        "size=0,size",
        "size=201,size"
    })
    void badParametersAreBadRequestsNamingThem(String query, String parameter) throws Exception {
        list(query)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(parameter)));
    }
}
