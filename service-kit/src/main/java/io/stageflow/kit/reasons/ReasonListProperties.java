package io.stageflow.kit.reasons;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param kinds the reason lists this service owns: it stores their definitions, serves them under
 *     {@code /api/reason-lists/{kind}} and its command handlers check reasons against them. Each
 *     kind belongs to exactly one service (DISQUALIFY to leads, LOSS to opportunities).
 */
@Validated
@ConfigurationProperties("stageflow.reasons")
public record ReasonListProperties(@NotEmpty Set<ReasonKind> kinds) {
    public ReasonListProperties {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
