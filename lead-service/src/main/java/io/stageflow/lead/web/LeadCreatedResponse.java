package io.stageflow.lead.web;

import io.stageflow.events.ids.LeadId;

record LeadCreatedResponse(LeadId leadId) {}
