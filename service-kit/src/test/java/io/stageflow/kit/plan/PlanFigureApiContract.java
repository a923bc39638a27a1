package io.stageflow.kit.plan;

import static io.stageflow.kit.plan.PlanApi.assertProblemNaming;
import static io.stageflow.kit.plan.PlanApi.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.stageflow.kit.test.ServiceTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What every plan figure endpoint does alike, whichever kind: an API test of quotas or of spend
 * implements this and so runs all of it against its own endpoint, next to its own tests of what is
 * particular to that kind (its key in the URL, its answers' fields, its list).
 */
public interface PlanFigureApiContract {

    PlanApi api();

    /** The URL of a figure of this kind, in 2026, that no other test sets; {@code name} makes it unique. */
    String figure(String name);

    /** The URL of this kind's list. */
    String list();

    private String fresh(String name) {
        return figure(name + "-" + PlanApi.tenant("x").substring(2));
    }

    @Test
    default void figureShowsEverySettingWithBothTimes() throws Exception {
        String tenant = PlanApi.tenant("acme");
        String path = fresh("history");
        api().set(tenant, path, "{\"amount\":100000,\"currency\":\"EUR\",\"occurredAt\":\"2026-01-05T08:00:00Z\"}")
                .andExpect(status().isCreated());
        api().set(tenant, path, "{\"amount\":120000.50,\"currency\":\"EUR\",\"occurredAt\":\"2026-04-01T08:00:00Z\"}")
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        api().read(tenant, path)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.period").value("2026"))
                .andExpect(jsonPath("$.amount.amount").value(120000.50))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.history", hasSize(2)))
                .andExpect(jsonPath("$.history[0].amount.amount").value(100000))
                .andExpect(jsonPath("$.history[0].previous").value(nullValue()))
                .andExpect(jsonPath("$.history[0].occurredAt").value("2026-01-05T08:00:00Z"))
                .andExpect(jsonPath("$.history[0].recordedAt").isNotEmpty())
                .andExpect(jsonPath("$.history[1].amount.amount").value(120000.50))
                .andExpect(jsonPath("$.history[1].previous.amount").value(100000))
                .andExpect(jsonPath("$.history[1].occurredAt").value("2026-04-01T08:00:00Z"));
        api().mvc()
                .perform(get(path)
                        .with(ServiceTestSupport.caller(tenant, api().user()))
                        .header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                .andExpect(status().isNotModified());
    }

    @Test
    default void settingTheAmountItHasAgainIsOkAndRecordsNothing() throws Exception {
        String tenant = PlanApi.tenant("acme");
        String path = fresh("retry");
        api().set(tenant, path, body("5000", "EUR")).andExpect(status().isCreated());

        api().set(tenant, path, body("5000.00", "EUR"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.version").value(0));

        api().read(tenant, path).andExpect(jsonPath("$.history", hasSize(1)));
    }

    @Test
    default void rulesOnTheCurrentFigureAreConflictsSayingWhich() throws Exception {
        String tenant = PlanApi.tenant("acme");
        String path = fresh("rules");
        api().set(tenant, path, "{\"amount\":1,\"currency\":\"EUR\",\"occurredAt\":\"2026-03-01T00:00:00Z\"}")
                .andExpect(status().isCreated());

        api().set(tenant, path, body("1", "USD"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("currency")));
        api().set(tenant, path, "{\"amount\":2,\"currency\":\"EUR\",\"occurredAt\":\"2026-02-01T00:00:00Z\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("occurredAt")));
        api().read(tenant, path).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    default void ifMatchMakesASettingConditional() throws Exception {
        String tenant = PlanApi.tenant("acme");
        String path = fresh("if-match");
        api().set(tenant, path, "\"0\"", body("1", "EUR"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(-1));
        api().set(tenant, path, body("1", "EUR")).andExpect(status().isCreated());
        api().set(tenant, path, "0", body("2", "EUR"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        api().set(tenant, path, "\"0\"", body("3", "USD"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        api().set(tenant, path, "*", body("3", "EUR")).andExpect(status().isOk());
        api().set(tenant, path, "W/\"2\"", body("4", "EUR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
    }

    @Test
    default void anotherTenantHasFiguresOfItsOwnUnderTheSameKey() throws Exception {
        String acme = PlanApi.tenant("acme");
        String globex = PlanApi.tenant("globex");
        String path = fresh("shared");
        api().set(acme, path, body("1", "EUR")).andExpect(status().isCreated());

        api().read(globex, path).andExpect(status().isNotFound());
        api().set(globex, path, body("2", "USD")).andExpect(status().isCreated());

        api().read(acme, path).andExpect(jsonPath("$.amount.currency").value("EUR"));
        api().read(globex, path).andExpect(jsonPath("$.amount.currency").value("USD"));
    }

    @Test
    default void figureNeverSetIsNotFound() throws Exception {
        api().read(PlanApi.tenant("acme"), fresh("never"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "amount | {\"currency\":\"EUR\"}",
                "amount | {\"amount\":-1,\"currency\":\"EUR\"}",
                "amount | {\"amount\":\"lots\",\"currency\":\"EUR\"}",
                "amount | {\"amount\":0.1234567,\"currency\":\"EUR\"}",
                "amount | {\"amount\":1e30,\"currency\":\"EUR\"}",
                "currency | {\"amount\":1}",
                "currency | {\"amount\":1,\"currency\":\"eur\"}",
                "occurredAt | {\"amount\":1,\"currency\":\"EUR\",\"occurredAt\":\"yesterday\"}",
                "owner | {\"amount\":1,\"currency\":\"EUR\",\"owner\":\"rep-7\"}"
            })
    default void badBodyIsBadRequestNamingTheField(String field, String body) throws Exception {
        String tenant = PlanApi.tenant("acme");
        String path = fresh("bad");

        assertProblemNaming(api().set(tenant, path, body), field);
        api().read(tenant, path).andExpect(status().isNotFound());
    }

    @Test
    default void occurredAtInTheFutureIsBadRequestNamingIt() throws Exception {
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        String body = "{\"amount\":1,\"currency\":\"EUR\",\"occurredAt\":\"" + future + "\"}";

        assertProblemNaming(api().set(PlanApi.tenant("acme"), fresh("future"), body), "occurredAt");
    }

    @Test
    default void malformedOrMissingBodyIsBadRequest() throws Exception {
        String tenant = PlanApi.tenant("acme");
        String path = fresh("malformed");
        api().set(tenant, path, "{\"amount\":")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api().mvc()
                .perform(put(path).with(ServiceTestSupport.caller(tenant, api().user())))
                .andExpect(status().isBadRequest());
    }

    @Test
    default void requestsWithoutTokenAreUnauthorized() throws Exception {
        String path = fresh("anonymous");
        api().mvc()
                .perform(put(path).contentType(MediaType.APPLICATION_JSON).content(body("1", "EUR")))
                .andExpect(status().isUnauthorized());
        api().mvc().perform(get(path)).andExpect(status().isUnauthorized());
        api().mvc().perform(get(list())).andExpect(status().isUnauthorized());
    }
}
