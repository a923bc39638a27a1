package io.stageflow.kit.reasons;

import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code stageflow.reasons.kinds} names at least one kind, whether as {@code LOSS,DISQUALIFY}
 * or as a YAML list ({@code kinds[0]}), which {@code @ConditionalOnProperty} would not see.
 */
class OnReasonKinds implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("stageflow.reasons.kinds", Bindable.setOf(String.class))
                .map(Set::isEmpty)
                .map(empty -> !empty)
                .orElse(false);
    }
}
