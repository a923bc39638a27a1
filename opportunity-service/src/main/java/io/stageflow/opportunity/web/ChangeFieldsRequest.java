package io.stageflow.opportunity.web;

import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.Map;

/** Custom fields to set; a field given as null is cleared. */
record ChangeFieldsRequest(@NotEmpty Map<String, String> fields, Instant occurredAt) {}
