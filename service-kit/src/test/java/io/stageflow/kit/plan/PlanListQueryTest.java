package io.stageflow.kit.plan;

import static io.stageflow.kit.plan.PlanSamples.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.events.Period;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.readmodel.Paging;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanListQueryTest {

    @Test
    void absentParametersListTheFirstPageOfEverything() {
        assertThat(PlanListQuery.of(ACME, Map.of(), null, null, null, null))
                .isEqualTo(new PlanListQuery(ACME, Map.of(), null, null, new Paging(0, 50)));
    }

    @Test
    void parametersAreReadAsSent() {
        assertThat(PlanListQuery.of(ACME, Map.of("scope", "REP"), "2026-q4", " 2026 ", "2", " 10 "))
                .isEqualTo(new PlanListQuery(
                        ACME, Map.of("scope", "REP"), new Period("2026-Q4"), 2026, new Paging(2, 10)));
    }

    @ParameterizedTest
    @CsvSource({
        "page, -1, 50, 2026, 2026",
        "page, 1.5, 50, 2026, 2026",
        "size, 0, 0, 2026, 2026",
        "size, 0, 201, 2026, 2026",
        "size, 0, ten, 2026, 2026",
        "period, 0, 50, 2026-Q0, 2026",
        "year, 0, 50, 2026, 26"
    })
    void badParameterIsInvalidNamingIt(String field, String page, String size, String period, String year) {
        assertThatThrownBy(() -> PlanListQuery.of(ACME, Map.of(), period, year, page, size))
                .isInstanceOfSatisfying(
                        InvalidCommand.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(field);
    }
}
