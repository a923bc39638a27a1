package io.stageflow.kit.config;

import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the defaults every Stageflow service shares (Jackson for Axon, no Axon Server or update check, safe actuator
 * exposure) as the lowest-priority property source, so a service or an operator can override any.
 */
public class StageflowDefaults implements EnvironmentPostProcessor {
    private static final String RESOURCE = "stageflow-defaults.properties";
    private static final String UPDATE_CHECKER_OFF = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Axon's update checker phones home at start and reads only a system property, not Spring config.
        if (System.getProperty(UPDATE_CHECKER_OFF) == null) {
            System.setProperty(UPDATE_CHECKER_OFF, "true");
        }
        try {
            new PropertiesPropertySourceLoader()
                    .load("stageflowDefaults", new ClassPathResource(RESOURCE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
