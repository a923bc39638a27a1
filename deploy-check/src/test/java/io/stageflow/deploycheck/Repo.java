package io.stageflow.deploycheck;

import java.nio.file.Path;

/** Paths in the repository; Maven passes its root, an IDE runs from the module directory. */
final class Repo {
    static final Path ROOT =
            Path.of(System.getProperty("stageflow.root", "..")).toAbsolutePath().normalize();
    static final Path CHART = ROOT.resolve("deploy/helm/stageflow");
    static final Path COMPOSE = ROOT.resolve("deploy/compose/compose.yaml");

    private Repo() {}
}
