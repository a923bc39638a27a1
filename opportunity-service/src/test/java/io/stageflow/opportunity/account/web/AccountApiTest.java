package io.stageflow.opportunity.account.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Every account request against the whole service; wins are recorded as the reaction records them. */
class AccountApiTest extends AccountServiceTest {
    private static final String WON_AT = "2026-03-10T12:00:00Z";
    private static final String CHURN = "{\"reason\":\" budget cut \",\"occurredAt\":\"2026-06-01T00:00:00Z\"}";
    private static final String OPEN_OPPORTUNITY = "{\"amount\":100,\"currency\":\"EUR\",\"ownerId\":\"rep-1\","
            + "\"teamId\":\"t-1\",\"source\":\"web\",\"industry\":\"media\",\"region\":\"NA\"}";

    @Autowired
    CommandGateway commands;

    private final String tenant = newTenant();

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(jsonPost(tenant, path, body));
    }

    private ResultActions postIfMatch(String path, String ifMatch, String body) throws Exception {
        return mvc.perform(jsonPost(tenant, path, body).header(HttpHeaders.IF_MATCH, ifMatch));
    }

    private ResultActions read(AccountId account) throws Exception {
        return mvc.perform(get("/api/accounts/" + account).with(caller(tenant, "user-2")));
    }

    private static String path(AccountId account, String action) {
        return "/api/accounts/" + account + "/" + action;
    }

    private OpportunityId win(AccountId account, String amount, String occurredAt) {
        OpportunityId deal = OpportunityId.random();
        Instant at = Instant.parse(occurredAt);
        commands.sendAndWait(new RecordWin(
                new TenantId(tenant), account, deal, new Money(new BigDecimal(amount), "EUR"), at, at, null));
        return deal;
    }

    private AccountId customer() throws Exception {
        AccountId account = create(tenant);
        win(account, "10000", WON_AT);
        return account;
    }

    @Test
    void createdAccountIsAProspectWithItsVersion() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String body = send("/api/accounts", CREATE)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern("/api/accounts/[0-9a-f-]{36}")))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        AccountId account = new AccountId(JsonPath.read(body, "$.accountId"));

        String view = read(account)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.accountId").value(account.value()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.name").value("Initech"))
                .andExpect(jsonPath("$.industry").value("software"))
                .andExpect(jsonPath("$.region").value("EMEA"))
                .andExpect(jsonPath("$.ownerId").value("rep-7"))
                .andExpect(jsonPath("$.status").value("PROSPECT"))
                .andExpect(jsonPath("$.createdAt").value("2026-03-01T09:00:00Z"))
                .andExpect(jsonPath("$.customerSince").isEmpty())
                .andExpect(jsonPath("$.churnedAt").isEmpty())
                .andExpect(jsonPath("$.purchases").isEmpty())
                .andExpect(jsonPath("$.renewals").isEmpty())
                .andExpect(jsonPath("$.history[0].event").value("CREATED"))
                .andExpect(jsonPath("$.history[0].status").value("PROSPECT"))
                .andExpect(jsonPath("$.history[0].occurredAt").value("2026-03-01T09:00:00Z"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Instant.parse(JsonPath.read(view, "$.history[0].recordedAt")))
                .isBetween(before, Instant.now());
    }

    @Test
    void wonDealsShowAsPurchasesWithTheirTimes() throws Exception {
        AccountId account = create(tenant);
        OpportunityId first = win(account, "10000", WON_AT);
        OpportunityId second = win(account, "2500.50", "2026-04-01T08:00:00Z");

        read(account)
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.status").value("CUSTOMER"))
                .andExpect(jsonPath("$.customerSince").value(WON_AT))
                .andExpect(jsonPath("$.purchases.length()").value(2))
                .andExpect(jsonPath("$.purchases[0].opportunityId").value(first.value()))
                .andExpect(jsonPath("$.purchases[0].amount.amount").value(10000))
                .andExpect(jsonPath("$.purchases[0].occurredAt").value(WON_AT))
                .andExpect(jsonPath("$.purchases[0].recordedAt").isNotEmpty())
                .andExpect(jsonPath("$.purchases[1].opportunityId").value(second.value()))
                .andExpect(jsonPath("$.purchases[1].amount.amount").value(2500.50))
                .andExpect(jsonPath("$.purchases[1].amount.currency").value("EUR"))
                .andExpect(jsonPath("$.history[1].event").value("BECAME_CUSTOMER"))
                .andExpect(jsonPath("$.history[1].status").value("CUSTOMER"))
                .andExpect(jsonPath("$.history[2].event").value("PURCHASE_MADE"))
                .andExpect(jsonPath("$.history[2].occurredAt").value("2026-04-01T08:00:00Z"));
    }

    @Test
    void customerChurnsAndIsWonBack() throws Exception {
        AccountId account = customer();

        send(path(account, "churn"), CHURN)
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        read(account)
                .andExpect(jsonPath("$.status").value("CHURNED"))
                .andExpect(jsonPath("$.churnedAt").value("2026-06-01T00:00:00Z"))
                .andExpect(jsonPath("$.churnReason").value("budget cut"))
                .andExpect(jsonPath("$.history[2].event").value("CHURNED"))
                .andExpect(jsonPath("$.history[2].status").value("CHURNED"));

        win(account, "900", "2026-09-01T00:00:00Z");
        read(account)
                .andExpect(jsonPath("$.status").value("CUSTOMER"))
                .andExpect(jsonPath("$.customerSince").value("2026-09-01T00:00:00Z"))
                .andExpect(jsonPath("$.churnedAt").isEmpty())
                .andExpect(jsonPath("$.history[3].event").value("BECAME_CUSTOMER"));
    }

    @Test
    void onlyACustomerChurns() throws Exception {
        AccountId prospect = create(tenant);
        send(path(prospect, "churn"), CHURN)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("PROSPECT")));

        AccountId churned = customer();
        send(path(churned, "churn"), CHURN).andExpect(status().isNoContent());
        send(path(churned, "churn"), CHURN.replace("2026-06-01", "2026-07-01")).andExpect(status().isConflict());
        read(churned).andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void customerRenewsWithOrWithoutTerms() throws Exception {
        AccountId account = customer();

        send(
                        path(account, "renew"),
                        "{\"amount\":1200,\"currency\":\"USD\",\"renewedUntil\":\"2027-03-31\","
                                + "\"occurredAt\":\"2026-04-01T00:00:00Z\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(post(path(account, "renew")).with(caller(tenant, "user-1")))
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""));

        read(account)
                .andExpect(jsonPath("$.status").value("CUSTOMER"))
                .andExpect(jsonPath("$.renewals.length()").value(2))
                .andExpect(jsonPath("$.renewals[0].amount.amount").value(1200))
                .andExpect(jsonPath("$.renewals[0].amount.currency").value("USD"))
                .andExpect(jsonPath("$.renewals[0].renewedUntil").value("2027-03-31"))
                .andExpect(jsonPath("$.renewals[0].occurredAt").value("2026-04-01T00:00:00Z"))
                .andExpect(jsonPath("$.renewals[1].amount").isEmpty())
                .andExpect(jsonPath("$.renewals[1].renewedUntil").isEmpty())
                .andExpect(jsonPath("$.history[3].event").value("RENEWED"));
    }

    @Test
    void onlyACustomerRenews() throws Exception {
        AccountId prospect = create(tenant);
        send(path(prospect, "renew"), "{}").andExpect(status().isConflict());

        AccountId churned = customer();
        send(path(churned, "churn"), CHURN).andExpect(status().isNoContent());
        send(path(churned, "renew"), "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("CHURNED")));
    }

    @Test
    void invalidRenewalsAreBadRequestsNamingTheField() throws Exception {
        AccountId account = customer();
        expectInvalid(
                send(
                        path(account, "renew"),
                        "{\"renewedUntil\":\"2026-03-31\",\"occurredAt\":\"2026-04-01T10:00:00Z\"}"),
                "renewedUntil");
        expectInvalid(send(path(account, "renew"), "{\"amount\":100}"), "currency");
        expectInvalid(send(path(account, "renew"), "{\"currency\":\"EUR\"}"), "amount");
        expectInvalid(send(path(account, "renew"), "{\"amount\":100,\"currency\":\"eur\"}"), "currency");
        expectInvalid(send(path(account, "renew"), "{\"amount\":-5,\"currency\":\"EUR\"}"), "amount");
        expectInvalid(send(path(account, "renew"), "{\"renewedUntil\":\"next year\"}"), "renewedUntil");
        expectInvalid(send(path(account, "renew"), "{\"until\":\"2027-01-01\"}"), "until");
        read(account).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void invalidAccountsAreBadRequestsNamingTheField() throws Exception {
        expectInvalid(send("/api/accounts", CREATE.replace("\"name\":\" Initech \",", "")), "name");
        expectInvalid(send("/api/accounts", CREATE.replace("software", " ")), "industry");
        expectInvalid(send("/api/accounts", CREATE.replace("EMEA", "E".repeat(201))), "region");
        expectInvalid(send("/api/accounts", CREATE.replace("{", "{\"customer\":true,")), "customer");
        expectInvalid(send("/api/accounts", CREATE.replace("2026-03-01T09:00:00Z", "yesterday")), "occurredAt");
        send("/api/accounts", "{\"name\":").andExpect(status().isBadRequest());
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        send("/api/accounts", CREATE.replace("2026-03-01T09:00:00Z", future))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("future")));
    }

    @Test
    void invalidChurnsAreBadRequestsNamingTheField() throws Exception {
        AccountId account = customer();
        expectInvalid(send(path(account, "churn"), "{\"reason\":\"  \"}"), "reason");
        expectInvalid(send(path(account, "churn"), "{}"), "reason");
        expectInvalid(send(path(account, "churn"), "{\"reason\":\"" + "r".repeat(201) + "\"}"), "reason");
        read(account).andExpect(jsonPath("$.status").value("CUSTOMER"));
    }

    @Test
    void changesCannotPredateTheAccountsLastChange() throws Exception {
        AccountId account = customer();
        send(path(account, "churn"), "{\"reason\":\"budget\",\"occurredAt\":\"2026-03-09T00:00:00Z\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(WON_AT)));
        send(path(account, "renew"), "{\"occurredAt\":\"2026-03-09T00:00:00Z\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void staleIfMatchIsPreconditionFailedAndChangesNothing() throws Exception {
        AccountId account = customer();

        postIfMatch(path(account, "churn"), "\"0\"", CHURN)
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(1));
        postIfMatch(path(account, "renew"), "7", "{}").andExpect(status().isPreconditionFailed());

        read(account)
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("CUSTOMER"));
    }

    @Test
    void currentIfMatchAnswersWithTheNextETag() throws Exception {
        AccountId account = customer();
        String etag = read(account).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        postIfMatch(path(account, "renew"), etag, "{}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        postIfMatch(path(account, "churn"), "*", "{\"reason\":\"budget\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "W/\"1\"", "\"1\", \"2\""})
    void malformedIfMatchIsBadRequest(String ifMatch) throws Exception {
        AccountId account = customer();
        postIfMatch(path(account, "churn"), ifMatch, CHURN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        read(account).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void unchangedAccountIsNotModified() throws Exception {
        AccountId account = create(tenant);
        mvc.perform(get("/api/accounts/" + account)
                        .with(caller(tenant, "user-1"))
                        .header(HttpHeaders.IF_NONE_MATCH, "\"0\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void anotherTenantsAccountIsNotFoundWhateverTheRequest() throws Exception {
        AccountId account = customer();
        String other = newTenant();

        mvc.perform(get("/api/accounts/" + account).with(caller(other, "user-9")))
                .andExpect(status().isNotFound());
        mvc.perform(jsonPost(other, path(account, "churn"), CHURN)).andExpect(status().isNotFound());
        mvc.perform(jsonPost(other, path(account, "renew"), "{}").header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        read(account).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void missingAccountsAndOtherAggregatesAreNotFound() throws Exception {
        read(AccountId.random()).andExpect(status().isNotFound());
        send(path(AccountId.random(), "churn"), CHURN).andExpect(status().isNotFound());

        String opened = send("/api/opportunities", OPEN_OPPORTUNITY)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        AccountId opportunity = new AccountId(JsonPath.read(opened, "$.opportunityId"));
        read(opportunity).andExpect(status().isNotFound());
        send(path(opportunity, "churn"), CHURN).andExpect(status().isNotFound());
        send(path(opportunity, "renew"), "{}").andExpect(status().isNotFound());
    }

    @Test
    void retriedCreateWithItsIdempotencyKeyCreatesOneAccount() throws Exception {
        String key = "create-" + UUID.randomUUID();
        String created = mvc.perform(jsonPost(tenant, "/api/accounts", CREATE).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(jsonPost(tenant, "/api/accounts", CREATE).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.accountId").value(JsonPath.<String>read(created, "$.accountId")));
    }

    @Test
    void retriedChurnWithItsIdempotencyKeyIsReplayedNotRefused() throws Exception {
        AccountId account = customer();
        mvc.perform(jsonPost(tenant, path(account, "churn"), CHURN).header("Idempotency-Key", "churn-" + account))
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(jsonPost(tenant, path(account, "churn"), CHURN).header("Idempotency-Key", "churn-" + account))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(jsonPost(tenant, path(account, "renew"), "{}").header("Idempotency-Key", "churn-" + account))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void requestsWithoutTokenAreUnauthorized() throws Exception {
        mvc.perform(post("/api/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CREATE))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/accounts")).andExpect(status().isUnauthorized());
    }

    private static void expectInvalid(ResultActions response, String field) throws Exception {
        response.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            response.andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.detail").value(containsString(field)));
        }
    }
}
