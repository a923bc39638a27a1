package io.stageflow.bench.query;

import io.stageflow.events.Dimensions;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.plan.QuotaSet;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;

/**
 * One event as a row: the columns its payload fills, null elsewhere. {@code stage_to} is the stage
 * the event puts its aggregate in ({@code WON} for a win; a loss, a disqualification or a
 * conversion puts it in none); {@code stage_from} the stage it left.
 */
final class RawEventRow {
    private String leadId;
    private String opportunityId;
    private String stageFrom;
    private String stageTo;
    private Dimensions dimensions;
    private String campaign;
    private String contactRole;
    private String competitor;
    private String reason;
    private Money amount;
    private LocalDate closeDate;
    private String period;
    private String subject;

    private RawEventRow() {}

    static void append(DuckDBAppender row, EventEnvelope envelope) throws SQLException {
        SalesEvent event = envelope.event();
        RawEventRow fields = RawEventRow.of(event);
        String typeName = envelope.type().typeName();
        Dimensions dimensions = fields.dimensions;
        row.append(envelope.tenantId().value())
                .append(event.aggregateId())
                .append(typeName.split("\\.")[1])
                .append(typeName)
                .append(envelope.sequence())
                .appendEpochMicros(event.occurredAt().toEpochMilli() * 1000)
                .appendEpochMicros(envelope.recordedAt().toEpochMilli() * 1000)
                .append(fields.leadId)
                .append(fields.opportunityId)
                .append(fields.stageFrom)
                .append(fields.stageTo)
                .append(dimensions == null ? null : dimensions.source())
                .append(dimensions == null ? null : dimensions.industry())
                .append(dimensions == null ? null : dimensions.region())
                .append(dimensions == null ? fields.subject : dimensions.ownerId())
                .append(dimensions == null ? null : dimensions.teamId())
                .append(fields.campaign)
                .append(fields.contactRole)
                .append(fields.competitor)
                .append(fields.reason);
        if (fields.amount == null) {
            row.appendNull().appendNull();
        } else {
            row.append(fields.amount.amount().setScale(2, RoundingMode.HALF_UP)).append(fields.amount.currency());
        }
        if (fields.closeDate == null) {
            row.appendNull();
        } else {
            row.append(fields.closeDate);
        }
        row.append(fields.period);
    }

    /** The event types the generator writes; any other keeps only the common columns. */
    private static RawEventRow of(SalesEvent event) {
        RawEventRow row = new RawEventRow();
        if (event instanceof LeadCreated e) {
            row.stageTo = e.stage();
            row.dimensions = e.dimensions();
            row.campaign = e.campaign();
            row.contactRole = e.contactRole();
        } else if (event instanceof LeadStageChanged e) {
            row.stageFrom = e.fromStage();
            row.stageTo = e.toStage();
        } else if (event instanceof LeadDisqualified e) {
            row.stageFrom = e.stage();
            row.reason = e.reason();
        } else if (event instanceof LeadConverted e) {
            row.stageFrom = e.fromStage();
            row.opportunityId = e.opportunityId().value();
            row.amount = e.amount();
            row.dimensions = e.dimensions();
        } else if (event instanceof OpportunityOpened e) {
            row.leadId = e.leadId() == null ? null : e.leadId().value();
            row.stageTo = e.stage();
            row.amount = e.amount();
            row.dimensions = e.dimensions();
            row.closeDate = e.expectedCloseDate();
        } else if (event instanceof OpportunityStageChanged e) {
            row.stageFrom = e.fromStage();
            row.stageTo = e.toStage();
        } else if (event instanceof OpportunityWon e) {
            row.stageFrom = e.fromStage();
            row.stageTo = "WON";
            row.amount = e.amount();
        } else if (event instanceof OpportunityLost e) {
            row.stageFrom = e.fromStage();
            row.reason = e.reason();
            row.competitor = e.competitor();
        } else if (event instanceof QuotaSet e) {
            row.subject = e.subjectId();
            row.amount = e.amount();
            row.period = e.period().value();
        }
        return row;
    }
}
