package io.stageflow.opportunity.web;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;

record ChangeCloseDateRequest(@NotNull LocalDate expectedCloseDate, Instant occurredAt) {}
