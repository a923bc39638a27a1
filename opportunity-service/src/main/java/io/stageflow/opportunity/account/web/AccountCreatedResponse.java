package io.stageflow.opportunity.account.web;

import io.stageflow.events.ids.AccountId;

record AccountCreatedResponse(AccountId accountId, long version) {}
