package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record AccountId(@JsonValue String value) {
    @JsonCreator
    public AccountId {
        Ids.requireMatching("account id", value, Ids.OPAQUE);
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
