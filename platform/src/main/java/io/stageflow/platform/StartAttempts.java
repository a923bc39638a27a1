package io.stageflow.platform;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ports picked free are only free when picked: another process may bind one before the service
 * does. Such a start is tried again on fresh ports, a bounded number of times; fixed ports are
 * the user's choice and their clash is reported at once.
 */
final class StartAttempts {
    static final int MAX = 3;
    private static final Logger log = LoggerFactory.getLogger(StartAttempts.class);

    private StartAttempts() {}

    /** {@code start} must leave nothing running when it throws. */
    static <T> T onTheirPorts(PlatformOptions options, Function<PlatformOptions, T> start) {
        PlatformOptions attempt = options;
        for (int tried = 1; ; tried++) {
            try {
                return start.apply(attempt);
            } catch (PortInUse clash) {
                if (!attempt.freePorts()) {
                    throw clash;
                }
                if (tried == MAX) {
                    throw new IllegalStateException(
                            "a service lost a port to another process in each of " + MAX + " starts; the last: "
                                    + clash.getMessage(),
                            clash);
                }
                log.warn(
                        "{}; starting again on fresh ports (attempt {} of {})",
                        clash.getMessage().lines().findFirst().orElse(""),
                        tried + 1,
                        MAX);
                attempt = attempt.withFreshPorts();
            }
        }
    }
}
