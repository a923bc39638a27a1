package io.stageflow.opportunity.web;

import io.stageflow.events.ids.OpportunityId;

record OpportunityOpenedResponse(OpportunityId opportunityId) {}
