package io.stageflow.opportunity.web;

import io.stageflow.events.ids.AccountId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

record ChangeAccountRequest(@NotNull AccountId accountId, Instant occurredAt) {}
