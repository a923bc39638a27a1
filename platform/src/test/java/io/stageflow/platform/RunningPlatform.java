package io.stageflow.platform;

import java.nio.file.Path;

/**
 * The one platform the end-to-end tests share: starting four service JVMs costs most of a minute,
 * so it starts once per test JVM, on first use, and stops when the JVM does. Tests keep apart by
 * tenant.
 */
final class RunningPlatform {
    private static LocalPlatform platform;

    private RunningPlatform() {}

    static synchronized LocalPlatform get() {
        if (platform == null) {
            Path root = Path.of(System.getProperty("stageflow.root", "..")).toAbsolutePath();
            platform = LocalPlatform.start(PlatformOptions.ephemeral(root));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "stop-platform"));
        }
        return platform;
    }
}
