package io.stageflow.platform;

/**
 * A service could not bind one of its ports because another process holds it: a clash a start on
 * free ports can retry on others, unlike any other failure to start.
 */
final class PortInUse extends IllegalStateException {
    PortInUse(String message) {
        super(message);
    }
}
