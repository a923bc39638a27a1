package io.stageflow.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/**
 * Turns what went wrong with a request body into {@code field: message} pairs a client can act on,
 * without echoing parser internals (class names, stack positions) back to it.
 */
final class FieldErrors {
    record FieldError(String field, String message) {}

    private FieldErrors() {}

    static List<FieldError> of(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .toList();
    }

    /** The offending field of a body Jackson could not map, or empty when the body is not JSON at all. */
    static List<FieldError> of(Throwable cause) {
        if (!(cause instanceof JsonMappingException mapping)
                || mapping.getPath().isEmpty()) {
            return List.of();
        }
        String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return List.of(new FieldError(field, messageOf(mapping)));
    }

    /**
     * The message of a rule a request record's constructor enforces across its fields (Jackson reports
     * no field for it); such rules name their fields themselves.
     */
    static Optional<String> recordRule(Throwable cause) {
        if (cause instanceof ValueInstantiationException instantiation
                && instantiation.getPath().size() <= 1
                && instantiation.getCause() != null) {
            return Optional.ofNullable(instantiation.getCause().getMessage());
        }
        return Optional.empty();
    }

    static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    private static String messageOf(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (mapping instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
        }
        if (mapping instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid "
                    + invalid.getTargetType().getSimpleName();
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected a " + mismatched.getTargetType().getSimpleName();
        }
        return ((JsonProcessingException) mapping).getOriginalMessage();
    }
}
