package io.stageflow.deploycheck;

import java.nio.file.Path;
import java.util.Optional;

/** The value sets every check runs against: the defaults, the documented external setup, everything on. */
enum ChartValues {
    DEFAULTS(null),
    EXTERNAL_KAFKA_MONGO_TLS("ci/external-tls-values.yaml"),
    ALL_FEATURES("ci/all-features-values.yaml");

    private final String file;

    ChartValues(String file) {
        this.file = file;
    }

    Optional<Path> file() {
        return Optional.ofNullable(file).map(Repo.CHART::resolve);
    }
}
