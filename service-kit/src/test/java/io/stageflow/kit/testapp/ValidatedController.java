package io.stageflow.kit.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
}
