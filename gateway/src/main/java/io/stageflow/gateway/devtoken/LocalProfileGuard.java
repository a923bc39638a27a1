package io.stageflow.gateway.devtoken;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start when the local profile is combined with prod. The local profile signs a token
 * for any tenant and user anyone asks for; next to production settings that is a master key. The
 * check runs once the profiles are known and before any bean or port exists.
 */
class LocalProfileGuard implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.matchesProfiles("local & prod")) {
            throw new DevTokensInProductionException(environment.getActiveProfiles());
        }
    }
}
