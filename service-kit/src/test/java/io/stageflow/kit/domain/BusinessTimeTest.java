package io.stageflow.kit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {
    private static final Instant PREVIOUS = Instant.parse("2026-05-01T12:00:00.500Z");
    private static final Instant EARLIER = Instant.parse("2026-05-01T12:00:00.480Z");

    @Test
    void aChangeAtOrAfterThePreviousOneHappensWhenItSays() {
        assertThat(handling(Map.of(), () -> BusinessTime.notBefore(PREVIOUS, PREVIOUS, "lead")))
                .isEqualTo(PREVIOUS);
        assertThat(handling(Map.of(), () -> BusinessTime.notBefore(PREVIOUS.plusSeconds(1), PREVIOUS, "lead")))
                .isEqualTo(PREVIOUS.plusSeconds(1));
    }

    @Test
    void aTimeTheCallerNamedBeforeThePreviousChangeIsRefused() {
        assertThatThrownBy(() -> handling(Map.of(), () -> BusinessTime.notBefore(EARLIER, PREVIOUS, "lead")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("before the lead's previous change");
    }

    /** Another request, stamped a moment later, reached the aggregate first: "now" is not refused. */
    @Test
    void theServersNowThatLostTheRaceHappensAtThePreviousChange() {
        Map<String, Object> serverChose = Map.of(BusinessTime.SERVER_CHOSEN, EARLIER.toString());

        assertThat(handling(serverChose, () -> BusinessTime.notBefore(EARLIER, PREVIOUS, "lead")))
                .isEqualTo(PREVIOUS);
    }

    @Test
    void onlyTheVeryInstantTheServerChoseIsTreatedAsNow() {
        Map<String, Object> serverChose = Map.of(BusinessTime.SERVER_CHOSEN, EARLIER.toString());
        Instant named = EARLIER.minusMillis(1);

        assertThatThrownBy(() -> handling(serverChose, () -> BusinessTime.notBefore(named, PREVIOUS, "lead")))
                .isInstanceOf(RuleViolation.class);
    }

    private static Instant handling(Map<String, Object> metaData, Supplier<Instant> decision) {
        var unitOfWork = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage("a command").andMetaData(metaData));
        try {
            return decision.get();
        } finally {
            unitOfWork.rollback();
        }
    }
}
