package io.stageflow.kit.reasons;

import java.time.Instant;
import java.util.List;

/** The whole new list; the list itself checks it, so every fault names its entry. */
record DefineReasonsRequest(List<String> reasons, Instant occurredAt) {}
