package io.stageflow.lead.web;

import java.time.Instant;

/** The body may be left out altogether: reopening needs nothing but, optionally, its business time. */
record ReopenRequest(Instant occurredAt) {}
