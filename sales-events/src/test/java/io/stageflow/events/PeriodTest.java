package io.stageflow.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void aYearAQuarterAndAMonthSpanWhatTheySay() {
        assertThat(new Period("2026").start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(new Period("2026").end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new Period("2026-Q4").start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(new Period("2026-Q4").end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new Period("2026-02").start()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(new Period("2026-02").end()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-Q5", "2026-13", "2026-1", "2026-W04", "2026-11-01"})
    void anythingElseIsRefusedWithTheAcceptedForms(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(value)).withMessageContaining("2026-Q4");
    }
}
