package io.stageflow.metrics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {
    @Test
    void acceptsDatesAsStartOfDayUtcAndInstants() {
        TimeRange range = TimeRange.parse("2026-01-01", "2026-02-01T12:00:00Z");

        assertThat(range.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-02-01T12:00:00Z"));
    }

    @Test
    void isHalfOpenAndUnboundedWhereAbsent() {
        TimeRange range = TimeRange.parse("2026-01-01", "2026-01-02");

        assertThat(range.contains(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2026-01-02T00:00:00Z"))).isFalse();
        assertThat(TimeRange.parse(null, "").contains(Instant.EPOCH)).isTrue();
        assertThat(TimeRange.ALL.contains(null)).isFalse();
    }

    @Test
    void rejectsWhatIsNeitherDateNorInstant() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeRange.parse("yesterday", null))
                .withMessageContaining("'from'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeRange.parse(null, "2026-13-01"))
                .withMessageContaining("'to'");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.parse("2026-02-01", "2026-01-01"));
    }
}
