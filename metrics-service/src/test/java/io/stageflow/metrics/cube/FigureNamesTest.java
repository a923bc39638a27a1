package io.stageflow.metrics.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names made of several free-text parts: valid MongoDB field names that give every part back. */
class FigureNamesTest {
    private static final List<List<String>> AWKWARD = List.of(
            List.of("default.acme", "1", "Angebot | v1.0", "$Verhandlung"),
            List.of("a|b", "c"),
            List.of("a", "b|c"),
            List.of("100%", "%7C", "\u2024", "\uff04"),
            List.of("提案.最終", "", "nul\u0000in"));

    @Test
    void everyPartComesBackExactly() {
        for (List<String> parts : AWKWARD) {
            assertThat(FigureNames.partsOf("move", FigureNames.ofParts("move", parts)))
                    .isEqualTo(parts);
        }
    }

    @Test
    void differentPartsMakeDifferentNamesThatMongoDbAccepts() {
        List<String> names = AWKWARD.stream()
                .map(parts -> FigureNames.ofParts("move", parts))
                .toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).allSatisfy(name -> {
            assertThat(FigureNames.require(name)).isEqualTo(name);
            assertThat(name).doesNotContain("\u0000");
        });
    }

    @Test
    void anotherPrefixIsNotRead() {
        String value = FigureNames.ofParts("moveValue", List.of("x", "EUR"));

        assertThat(FigureNames.partsOf("move", value)).isNull();
        assertThat(FigureNames.partsOf("moveValue", value)).containsExactly("x", "EUR");
    }
}
