package io.stageflow.lead.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.lead.LeadServiceTest;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Converting onto a pipeline over HTTP, for the pipelines every tenant has and those it does not. */
class LeadConversionApiTest extends LeadServiceTest {
    private final String tenant = freshTenant("convert");

    @Autowired
    EventStore eventStore;

    private ResultActions convert(String leadId, String body) throws Exception {
        return mvc.perform(jsonPost(tenant, "/api/leads/" + leadId + "/convert", body));
    }

    private LeadConverted conversionOf(String leadId) {
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(leadId).asStream().toList();
        return (LeadConverted) events.get(events.size() - 1).getPayload();
    }

    @Test
    void withoutAPipelineTheOpportunityFollowsTheTenantsDefault() throws Exception {
        String leadId = newLead(tenant);

        convert(leadId, "{\"amount\":100}").andExpect(status().isCreated());

        assertThat(conversionOf(leadId).pipelineId()).isNull();
    }

    @Test
    void theTenantsDefaultPipelineCanBeNamed() throws Exception {
        String leadId = newLead(tenant);
        PipelineId defaultPipeline = PipelineId.defaultFor(new TenantId(tenant));

        convert(leadId, "{\"amount\":100,\"pipelineId\":\"" + defaultPipeline + "\"}")
                .andExpect(status().isCreated());

        assertThat(conversionOf(leadId).pipelineId()).isEqualTo(defaultPipeline);
    }

    @Test
    void anUnknownPipelineIsBadRequestNamingItAndConvertsNothing() throws Exception {
        String leadId = newLead(tenant);

        convert(leadId, "{\"amount\":100,\"pipelineId\":\"never-defined\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("pipelineId"))
                .andExpect(jsonPath("$.detail").value("no pipeline never-defined for this tenant"));
        mvc.perform(get("/api/leads/" + leadId).with(caller(tenant, "rep")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void anotherTenantsDefaultPipelineIsUnknown() throws Exception {
        String leadId = newLead(tenant);

        convert(leadId, "{\"amount\":100,\"pipelineId\":\"default.someone-else\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pipelineId"));
    }

    @Test
    void aPipelineIdThatCannotBeOneIsBadRequestNamingIt() throws Exception {
        String leadId = newLead(tenant);

        convert(leadId, "{\"amount\":100,\"pipelineId\":\"no spaces/or slashes\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pipelineId"))
                .andExpect(jsonPath("$.detail").value(containsString("pipelineId")));
        convert(leadId, "{\"amount\":100,\"pipelineId\":42}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pipelineId"));
    }
}
