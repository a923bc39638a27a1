package io.stageflow.events;

/** How a tenant runs its sales process: pipeline definitions and reason lists. */
public non-sealed interface ProcessEvent extends SalesEvent {}
