package io.stageflow.opportunity.account.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

record CreateAccountRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String industry,
        @NotBlank @Size(max = 200) String region,
        @NotBlank @Size(max = 200) String ownerId,
        Instant occurredAt) {

    CreateAccountRequest {
        name = Text.trim(name);
        industry = Text.trim(industry);
        region = Text.trim(region);
        ownerId = Text.trim(ownerId);
    }
}
