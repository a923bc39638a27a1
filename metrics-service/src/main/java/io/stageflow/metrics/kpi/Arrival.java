package io.stageflow.metrics.kpi;

import io.stageflow.events.SalesEvent;
import io.stageflow.metrics.cube.KafkaPosition;

/** A contract event as the KPI projection received it: its aggregate's sequence and its place in Kafka. */
record Arrival(SalesEvent event, long sequence, KafkaPosition position) {}
