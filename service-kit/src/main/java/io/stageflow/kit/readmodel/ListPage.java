package io.stageflow.kit.readmodel;

import java.util.List;

/** One page of a list; {@code total} counts every item matching the filters, on any page. */
public record ListPage<T>(List<T> items, int page, int size, long total) {
    public ListPage {
        items = List.copyOf(items);
    }
}
