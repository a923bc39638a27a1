package io.stageflow.kit.reasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.Arrays;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Reason lists are off unless a service names the kinds it owns, in either property form. */
class ReasonListConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ReasonListConfiguration.class))
            .withBean(EventStore.class, () -> mock(EventStore.class))
            .withBean(CommandGateway.class, () -> mock(CommandGateway.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void offWithoutKinds() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(ReasonLists.class);
            assertThat(context).doesNotHaveBean(ReasonListController.class);
            assertThat(aggregates(context)).isEmpty();
        });
        runner.withPropertyValues("stageflow.reasons.kinds=")
                .run(context -> assertThat(context).doesNotHaveBean(ReasonLists.class));
    }

    @Test
    void kindsAsACommaSeparatedValueTurnItOn() {
        runner.withPropertyValues("stageflow.reasons.kinds=DISQUALIFY").run(context -> {
            assertThat(context).hasSingleBean(ReasonLists.class);
            assertThat(context).hasSingleBean(ReasonListController.class);
            assertThat(context.getBean(ReasonListProperties.class).kinds()).containsExactly(ReasonKind.DISQUALIFY);
        });
    }

    @Test
    void kindsAsAYamlListTurnItOn() {
        runner.withPropertyValues("stageflow.reasons.kinds[0]=LOSS", "stageflow.reasons.kinds[1]=DISQUALIFY")
                .run(context -> assertThat(
                                context.getBean(ReasonListProperties.class).kinds())
                        .containsExactlyInAnyOrder(ReasonKind.LOSS, ReasonKind.DISQUALIFY));
    }

    /** Axon's Spring configuration registers every bean definition annotated {@code @Aggregate}. */
    @Test
    void theAggregateIsABeanDefinitionAxonFinds() {
        runner.withPropertyValues("stageflow.reasons.kinds=LOSS")
                .run(context -> assertThat(aggregates(context)).containsExactly(ReasonList.class));
    }

    @Test
    void anUnknownKindStopsTheService() {
        runner.withPropertyValues("stageflow.reasons.kinds=REFUND")
                .run(context -> assertThat(context).hasFailed());
    }

    private static Class<?>[] aggregates(AssertableApplicationContext context) {
        return Arrays.stream(context.getBeanFactory().getBeanNamesForAnnotation(Aggregate.class))
                .map(context::getType)
                .toArray(Class<?>[]::new);
    }
}
