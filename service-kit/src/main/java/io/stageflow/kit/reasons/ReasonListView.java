package io.stageflow.kit.reasons;

import java.util.List;

/**
 * A tenant's list as commands see it now. {@code version} counts its definitions: 0 while the
 * tenant is still on the kind's defaults ({@code defaults} true), then the version of its latest
 * {@code ReasonListDefined}. It is the list's ETag.
 */
public record ReasonListView(String kind, long version, List<String> reasons, boolean defaults) {
    public ReasonListView {
        reasons = List.copyOf(reasons);
    }

    static ReasonListView defaultsOf(ReasonKind kind) {
        return new ReasonListView(kind.pathName(), 0, kind.defaults(), true);
    }
}
