package io.stageflow.kit.testapp;

import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.MissingInformation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Requests validated the ways services validate them: bean validation and record constructors. */
@RestController
public class ValidatedController {
    public record Box(@NotBlank String label, Integer size) {
        public Box {
            if (size != null && size < 0) {
                throw new IllegalArgumentException("size must not be negative");
            }
        }
    }

    @PostMapping("/api/boxes")
    Box create(@Valid @RequestBody Box box) {
        return box;
    }

    /** Rules an aggregate enforces, failing the ways aggregates fail. */
    @PostMapping("/api/boxes/ship")
    Box ship(@RequestBody Box box) {
        if (box.size() == null) {
            throw new MissingInformation("a box needs its size before it ships", List.of("size"));
        }
        throw new InvalidCommand("label", "label '" + box.label() + "' is not on the list");
    }
}
