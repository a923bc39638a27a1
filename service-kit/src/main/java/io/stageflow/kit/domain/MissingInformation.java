package io.stageflow.kit.domain;

import java.util.List;

/**
 * A well-formed command the aggregate cannot carry out until it holds more information, such as a
 * stage move whose entry criteria name fields the opportunity has no value for (HTTP 422). The
 * missing fields are listed so that a client can ask for exactly them.
 */
public class MissingInformation extends RuntimeException {
    private final List<String> missingFields;

    public MissingInformation(String message, List<String> missingFields) {
        super(message);
        this.missingFields = List.copyOf(missingFields);
    }

    public List<String> missingFields() {
        return missingFields;
    }
}
