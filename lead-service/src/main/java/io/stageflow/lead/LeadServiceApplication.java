package io.stageflow.lead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LeadServiceApplication {
    public static void main(String[] args) {
        // Axon's update checker reads only this system property (or the environment), not Spring config.
        System.setProperty(
                "axoniq.update-checker.disabled", System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(LeadServiceApplication.class, args);
    }
}
