package io.stageflow.gateway.devtoken;

import java.util.Arrays;

/** The local profile (dev tokens) was activated together with prod. */
public class DevTokensInProductionException extends IllegalStateException {

    public DevTokensInProductionException(String[] activeProfiles) {
        super("The 'local' profile issues dev tokens and must never run together with 'prod' (active profiles: "
                + Arrays.toString(activeProfiles) + ").");
    }
}
