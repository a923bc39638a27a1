package io.stageflow.lead.web;

import io.stageflow.events.ids.OpportunityId;

record LeadConvertedResponse(OpportunityId opportunityId) {}
