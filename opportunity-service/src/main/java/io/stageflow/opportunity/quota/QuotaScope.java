package io.stageflow.opportunity.quota;

import io.stageflow.kit.domain.InvalidCommand;
import java.util.Arrays;
import java.util.Locale;

/** Whose quota: a rep's (the subject is an owner id) or a team's (a team id). */
enum QuotaScope {
    REP,
    TEAM;

    /** Case does not matter in a URL: {@code rep}, {@code REP} and {@code Rep} are one scope. */
    static QuotaScope parse(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(scope -> scope.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidCommand("scope", "scope must be rep or team but was '" + value + "'"));
    }
}
