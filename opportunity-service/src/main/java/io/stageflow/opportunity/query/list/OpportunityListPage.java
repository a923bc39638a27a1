package io.stageflow.opportunity.query.list;

import java.util.List;

/** One page of a list; {@code total} counts every opportunity matching the filters. */
public record OpportunityListPage(List<OpportunityListItem> items, int page, int size, long total) {}
