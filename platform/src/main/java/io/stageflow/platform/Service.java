package io.stageflow.platform;

/** The platform's services, each a Maven module that builds one executable jar. */
public enum Service {
    LEAD("lead-service"),
    OPPORTUNITY("opportunity-service"),
    METRICS("metrics-service"),
    GATEWAY("gateway");

    private final String module;

    Service(String module) {
        this.module = module;
    }

    public String module() {
        return module;
    }
}
