package io.stageflow.events;

import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.account.AccountRenewed;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.events.opportunity.OpportunityAccountChanged;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityFieldsChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.events.plan.QuotaSet;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.ReasonListDefined;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wire name of every event. Names are logical and versioned, never Java class names, so code
 * can be moved and renamed without breaking a subscriber. A breaking change is a new {@code vN}.
 */
public enum EventType {
    LEAD_CREATED("stageflow.lead.created.v1", LeadCreated.class, Topics.LEAD_EVENTS),
    LEAD_STAGE_CHANGED("stageflow.lead.stage-changed.v1", LeadStageChanged.class, Topics.LEAD_EVENTS),
    LEAD_DISQUALIFIED("stageflow.lead.disqualified.v1", LeadDisqualified.class, Topics.LEAD_EVENTS),
    LEAD_CONVERTED("stageflow.lead.converted.v1", LeadConverted.class, Topics.LEAD_EVENTS),
    LEAD_REASSIGNED("stageflow.lead.reassigned.v1", LeadReassigned.class, Topics.LEAD_EVENTS),
    LEAD_REOPENED("stageflow.lead.reopened.v1", LeadReopened.class, Topics.LEAD_EVENTS),
    LEAD_STAGE_CORRECTED("stageflow.lead.stage-corrected.v1", LeadStageCorrected.class, Topics.LEAD_EVENTS),
    OPPORTUNITY_OPENED("stageflow.opportunity.opened.v1", OpportunityOpened.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_STAGE_CHANGED(
            "stageflow.opportunity.stage-changed.v1", OpportunityStageChanged.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_WON("stageflow.opportunity.won.v1", OpportunityWon.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_LOST("stageflow.opportunity.lost.v1", OpportunityLost.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_AMOUNT_CHANGED(
            "stageflow.opportunity.amount-changed.v1", OpportunityAmountChanged.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_CLOSE_DATE_CHANGED(
            "stageflow.opportunity.close-date-changed.v1",
            OpportunityCloseDateChanged.class,
            Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_REASSIGNED(
            "stageflow.opportunity.reassigned.v1", OpportunityReassigned.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_QUALIFIED("stageflow.opportunity.qualified.v1", OpportunityQualified.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_FIELDS_CHANGED(
            "stageflow.opportunity.fields-changed.v1", OpportunityFieldsChanged.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_REOPENED("stageflow.opportunity.reopened.v1", OpportunityReopened.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_STAGE_CORRECTED(
            "stageflow.opportunity.stage-corrected.v1", OpportunityStageCorrected.class, Topics.OPPORTUNITY_EVENTS),
    OPPORTUNITY_ACCOUNT_CHANGED(
            "stageflow.opportunity.account-changed.v1", OpportunityAccountChanged.class, Topics.OPPORTUNITY_EVENTS),
    PIPELINE_DEFINED("stageflow.pipeline.defined.v1", PipelineDefined.class, Topics.PROCESS_EVENTS),
    REASON_LIST_DEFINED("stageflow.reason-list.defined.v1", ReasonListDefined.class, Topics.PROCESS_EVENTS),
    ACCOUNT_CREATED("stageflow.account.created.v1", AccountCreated.class, Topics.ACCOUNT_EVENTS),
    ACCOUNT_BECAME_CUSTOMER("stageflow.account.became-customer.v1", AccountBecameCustomer.class, Topics.ACCOUNT_EVENTS),
    ACCOUNT_PURCHASE_MADE("stageflow.account.purchase-made.v1", AccountPurchaseMade.class, Topics.ACCOUNT_EVENTS),
    ACCOUNT_CHURNED("stageflow.account.churned.v1", AccountChurned.class, Topics.ACCOUNT_EVENTS),
    ACCOUNT_RENEWED("stageflow.account.renewed.v1", AccountRenewed.class, Topics.ACCOUNT_EVENTS),
    QUOTA_SET("stageflow.plan.quota-set.v1", QuotaSet.class, Topics.PLAN_EVENTS),
    MARKETING_SPEND_SET("stageflow.plan.marketing-spend-set.v1", MarketingSpendSet.class, Topics.PLAN_EVENTS);

    private static final Map<String, EventType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private final String typeName;
    private final Class<? extends SalesEvent> javaType;
    private final String topic;

    EventType(String typeName, Class<? extends SalesEvent> javaType, String topic) {
        this.typeName = typeName;
        this.javaType = javaType;
        this.topic = topic;
    }

    /** The CloudEvents {@code type}. */
    public String typeName() {
        return typeName;
    }

    public Class<? extends SalesEvent> javaType() {
        return javaType;
    }

    public String topic() {
        return topic;
    }

    /** Classpath location of this type's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + typeName + ".json";
    }

    public static EventType of(SalesEvent event) {
        return BY_CLASS.get(event.getClass());
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }
}
