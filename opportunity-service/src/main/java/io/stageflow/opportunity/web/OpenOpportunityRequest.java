package io.stageflow.opportunity.web;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code leadId} is optional: an opportunity may be opened directly, without a lead. So are {@code
 * expectedCloseDate}, {@code accountId} and {@code fields}, which may be set later, and {@code
 * pipelineId}: without it the opportunity follows the tenant's default pipeline.
 */
record OpenOpportunityRequest(
        LeadId leadId,
        @NotNull @DecimalMin("0") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotBlank @Size(max = 200) String ownerId,
        @NotBlank @Size(max = 200) String teamId,
        @NotBlank @Size(max = 200) String source,
        @NotBlank @Size(max = 200) String industry,
        @NotBlank @Size(max = 200) String region,
        Instant occurredAt,
        LocalDate expectedCloseDate,
        PipelineId pipelineId,
        AccountId accountId,
        Map<String, String> fields) {

    OpenOpportunityRequest {
        currency = Text.trim(currency);
        ownerId = Text.trim(ownerId);
        teamId = Text.trim(teamId);
        source = Text.trim(source);
        industry = Text.trim(industry);
        region = Text.trim(region);
    }

    Dimensions dimensions() {
        return new Dimensions(source, industry, region, ownerId, teamId);
    }
}
