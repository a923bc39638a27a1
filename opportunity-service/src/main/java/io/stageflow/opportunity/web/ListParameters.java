package io.stageflow.opportunity.web;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.SalesRecordAccess;
import io.stageflow.opportunity.command.OpportunityStatus;
import io.stageflow.opportunity.query.list.OpportunityListQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The list's query parameters as sent. They are bound as text and parsed here, so that every
 * mistake is a 400 that names its parameter rather than a conversion failure.
 */
record ListParameters(
        String owner,
        String team,
        String stage,
        String pipeline,
        String status,
        String updatedSince,
        String page,
        String size) {

    OpportunityListQuery toQuery(Caller caller) {
        return new OpportunityListQuery(
                caller.tenant(),
                SalesRecordAccess.visible(caller).orElse(null),
                owner,
                team,
                stage,
                parsedPipeline(),
                parsedStatus(),
                parsedUpdatedSince(),
                number("page", page, 0),
                number("size", size, OpportunityListQuery.DEFAULT_SIZE));
    }

    private PipelineId parsedPipeline() {
        try {
            return pipeline == null ? null : new PipelineId(pipeline.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidCommand("pipeline", e.getMessage());
        }
    }

    private OpportunityStatus parsedStatus() {
        if (status == null) {
            return null;
        }
        return Arrays.stream(OpportunityStatus.values())
                .filter(known -> known.name().equals(status.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidCommand("status must be one of "
                        + Arrays.toString(OpportunityStatus.values()) + " but was '" + status + "'"));
    }

    /** An instant, or a date meaning its start in UTC. */
    private Instant parsedUpdatedSince() {
        if (updatedSince == null) {
            return null;
        }
        String value = updatedSince.strip();
        try {
            return value.contains("T")
                    ? Instant.parse(value)
                    : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCommand("updatedSince must be an instant such as 2026-03-01T09:00:00Z or a date such as"
                    + " 2026-03-01 but was '" + updatedSince + "'");
        }
    }

    private static int number(String parameter, String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCommand(parameter + " must be a whole number but was '" + value + "'");
        }
    }
}
