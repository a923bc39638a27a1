package io.stageflow.lead.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.reasons.ReasonKind;
import io.stageflow.lead.LeadServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The kit's reason lists as the lead service serves them: it owns DISQUALIFY, and disqualify checks it. */
class ReasonListApiTest extends LeadServiceTest {
    private static final String LIST = "/api/reason-lists/disqualify";
    private static final String SPAM_AND_BUDGET = "{\"reasons\":[\"spam\",\" 预算不足 \"]}";

    private final String tenant = freshTenant("reasons");

    private ResultActions read(String path) throws Exception {
        return mvc.perform(get(path).with(caller(tenant, "manager")));
    }

    private ResultActions define(String body) throws Exception {
        return mvc.perform(defineRequest(body));
    }

    private MockHttpServletRequestBuilder defineRequest(String body) {
        return put(LIST)
                .with(caller(tenant, "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private ResultActions disqualify(String leadId, String reason) throws Exception {
        return mvc.perform(jsonPost(tenant, "/api/leads/" + leadId + "/disqualify", "{\"reason\":\"" + reason + "\"}"));
    }

    @Test
    void aTenantStartsOnTheDefaultsAtVersionZero() throws Exception {
        read(LIST)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.kind").value("disqualify"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.defaults").value(true))
                .andExpect(jsonPath("$.reasons")
                        .value(contains(ReasonKind.DISQUALIFY.defaults().toArray())));
    }

    @Test
    void aDefinitionIsTheNewVersionOfTheListInAnyLanguage() throws Exception {
        define(SPAM_AND_BUDGET)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.defaults").value(false))
                .andExpect(jsonPath("$.reasons").value(contains("spam", "预算不足")));

        read(LIST)
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.reasons").value(contains("spam", "预算不足")))
                .andExpect(jsonPath("$.defaults").value(false));
        mvc.perform(get(LIST).with(caller(tenant, "rep")).header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void disqualifyChecksTheListRightAfterItsDefinition() throws Exception {
        String leadId = newLead(tenant);
        define(SPAM_AND_BUDGET).andExpect(status().isOk());

        disqualify(leadId, "no budget")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.detail").value(containsString("[spam, 预算不足]")));
        read("/api/leads/" + leadId).andExpect(jsonPath("$.version").value(0));

        disqualify(leadId, "预算不足").andExpect(status().isNoContent());
        read("/api/leads/" + leadId)
                .andExpect(jsonPath("$.status").value("DISQUALIFIED"))
                .andExpect(jsonPath("$.disqualificationReason").value("预算不足"));
    }

    @Test
    void aReasonOffTheDefaultsIsBadRequestListingThem() throws Exception {
        String leadId = newLead(tenant);

        disqualify(leadId, "spam")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.detail").value(containsString("no budget")));
        read("/api/leads/" + leadId).andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void eachTenantHasItsOwnList() throws Exception {
        define(SPAM_AND_BUDGET).andExpect(status().isOk());

        mvc.perform(get(LIST).with(caller(freshTenant("other"), "manager")))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.defaults").value(true));
    }

    @Test
    void definingTheCurrentListAgainIsAConflict() throws Exception {
        define(SPAM_AND_BUDGET).andExpect(status().isOk());

        define("{\"reasons\":[\"spam \",\"预算不足\"]}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("nothing changes")));
        read(LIST).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void ifMatchGuardsAgainstLostUpdates() throws Exception {
        mvc.perform(defineRequest(SPAM_AND_BUDGET).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        mvc.perform(defineRequest("{\"reasons\":[\"other\"]}").header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(defineRequest("{\"reasons\":[\"other\"]}").header(HttpHeaders.IF_MATCH, "1"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(defineRequest("{\"reasons\":[\"other\"]}").header(HttpHeaders.IF_MATCH, "W/\"2\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
    }

    @Test
    void aStaleIfMatchOnAListStillOnItsDefaultsIsRefused() throws Exception {
        mvc.perform(defineRequest(SPAM_AND_BUDGET).header(HttpHeaders.IF_MATCH, "\"3\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(0));
        read(LIST).andExpect(jsonPath("$.defaults").value(true));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"reasons\":[]}|reasons",
                "{}|reasons",
                "{\"reasons\":[\"spam\",\" \"]}|reasons[1]",
                "{\"reasons\":[\"spam\",null]}|reasons[1]",
                "{\"reasons\":[\"spam\",\"spam\"]}|reasons[1]",
                "{\"reasons\":\"spam\"}|reasons",
                "{\"reasons\":[\"spam\"],\"colour\":\"red\"}|colour",
                "{\"reasons\":[\"spam\"],\"occurredAt\":\"yesterday\"}|occurredAt"
            })
    void anInvalidDefinitionIsBadRequestNamingTheFieldAndStoresNothing(String bodyAndField) throws Exception {
        String[] parts = bodyAndField.split("\\|");
        define(parts[0])
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parts[1]));
        read(LIST).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void tooLongOrTooManyReasonsAreBadRequest() throws Exception {
        define("{\"reasons\":[\"" + "x".repeat(201) + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons[0]"));
        String tooMany = String.join(",", java.util.Collections.nCopies(101, "\"r\""));
        define("{\"reasons\":[" + tooMany + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"loss", "DISQUALIFY", "refund"})
    void kindsThisServiceDoesNotOwnAreNotFound(String kind) throws Exception {
        read("/api/reason-lists/" + kind)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/reason-lists/" + kind)
                        .with(caller(tenant, "manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SPAM_AND_BUDGET))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReasonListIsNoLead() throws Exception {
        define(SPAM_AND_BUDGET).andExpect(status().isOk());
        String listId = ReasonKind.DISQUALIFY.listIdFor(new TenantId(tenant)).value();

        read("/api/leads/" + listId).andExpect(status().isNotFound());
        mvc.perform(jsonPost(tenant, "/api/leads/" + listId + "/stage", "{\"stage\":\"CONTACTED\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutATokenNothingIsReadOrDefined() throws Exception {
        mvc.perform(get(LIST)).andExpect(status().isUnauthorized());
        mvc.perform(put(LIST).contentType(MediaType.APPLICATION_JSON).content(SPAM_AND_BUDGET))
                .andExpect(status().isUnauthorized());
    }
}
