package io.stageflow.lead.command;

import io.stageflow.kit.domain.InvalidCommand;

/**
 * Free text entering an event must fit the contract's text type (1 to 200 characters): an event that
 * breaks its schema would be stored but could never be published.
 */
final class ContractText {
    static final int MAX_LENGTH = 200;

    private ContractText() {}

    static String required(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InvalidCommand(field, field + " must be 1 to " + MAX_LENGTH + " characters");
        }
        return value;
    }

    static String optional(String field, String value) {
        return value == null ? null : required(field, value);
    }
}
