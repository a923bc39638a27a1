package io.stageflow.kit.readmodel;

import io.stageflow.kit.domain.InvalidCommand;

/** Which page of a list: {@code page} from 0, {@code size} 1 to {@link #MAX_SIZE} items. */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public Paging {
        if (page < 0) {
            throw new InvalidCommand("page", "page must be 0 or more but was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidCommand("size", "size must be between 1 and " + MAX_SIZE + " but was " + size);
        }
    }

    /** The request parameters as sent; absent ones mean the first page of {@link #DEFAULT_SIZE}. */
    public static Paging of(String page, String size) {
        return new Paging(QueryParameters.number("page", page, 0), QueryParameters.number("size", size, DEFAULT_SIZE));
    }

    public long skip() {
        return (long) page * size;
    }
}
