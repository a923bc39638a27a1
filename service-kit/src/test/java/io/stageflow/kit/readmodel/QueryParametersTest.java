package io.stageflow.kit.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.kit.domain.InvalidCommand;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParametersTest {
    private enum Colour {
        RED,
        GREEN
    }

    @Test
    void absentParametersFilterNothing() {
        assertThat(QueryParameters.text("owner", null, 200)).isNull();
        assertThat(QueryParameters.oneOf("colour", null, Colour.class)).isNull();
        assertThat(QueryParameters.instantOrDate("updatedSince", null)).isNull();
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, Paging.DEFAULT_SIZE));
    }

    @Test
    void valuesAreTrimmedAndParsed() {
        assertThat(QueryParameters.text("owner", " rep-7 ", 200)).isEqualTo("rep-7");
        assertThat(QueryParameters.oneOf("colour", " GREEN", Colour.class)).isEqualTo(Colour.GREEN);
        assertThat(QueryParameters.instantOrDate("updatedSince", "2026-03-01T09:00:00Z"))
                .isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(QueryParameters.instantOrDate("updatedSince", "2026-03-01"))
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(Paging.of(" 3", "20").skip()).isEqualTo(60);
    }

    @Test
    void aTextFilterMayBeAsLongAsTheLimit() {
        assertThat(QueryParameters.text("stage", "x".repeat(100), 100)).hasSize(100);
    }

    @Test
    void skipDoesNotOverflowOnHugePages() {
        assertThat(new Paging(Integer.MAX_VALUE, 200).skip())
                .isEqualTo(Integer.MAX_VALUE * 200L)
                .isPositive();
    }

    @ParameterizedTest
    @CsvSource({
        "owner, ''",
        "owner, '  '",
        "stage, xxxxxxxxxxx",
        "colour, red",
        "colour, BLUE",
        "updatedSince, 01/03/2026",
        "updatedSince, 2026-03-01T09:00",
        "page, -1",
        "page, 1.5",
        "size, 0",
        "size, 201",
        "size, ten"
    })
    void aBadParameterIsAnInvalidCommandNamingIt(String parameter, String value) {
        assertThatThrownBy(() -> parse(parameter, value)).isInstanceOfSatisfying(InvalidCommand.class, e -> {
            assertThat(e.field()).isEqualTo(parameter);
            assertThat(e.getMessage()).startsWith(parameter + " ");
        });
    }

    private static Object parse(String parameter, String value) {
        switch (parameter) {
            case "colour":
                return QueryParameters.oneOf(parameter, value, Colour.class);
            case "updatedSince":
                return QueryParameters.instantOrDate(parameter, value);
            case "page":
                return Paging.of(value, null);
            case "size":
                return Paging.of(null, value);
            default:
                return QueryParameters.text(parameter, value, 10);
        }
    }
}
