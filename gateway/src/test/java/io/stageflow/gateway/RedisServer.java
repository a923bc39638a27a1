package io.stageflow.gateway;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} process of this test's own, on a free port, without persistence.
 * The binary comes from Debian's package (tools/ensure-debian-package.sh installs it in the build).
 * Without it the calling test is skipped with the reason, or fails when {@code CI} is set.
 */
final class RedisServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(10);

    private final Process process;
    private final int port;
    private final Path log;

    private RedisServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static final String MISSING = "redis-server is not installed (tools/ensure-debian-package.sh installs"
            + " Debian's package when the build runs as root)";

    /**
     * Starts redis-server, or returns empty when it is not installed; fails instead when {@code CI}
     * is set. Each test then skips itself with {@link #assumeRunning}, which surefire reports as
     * skipped (a class-level abort would be reported as zero tests, invisibly).
     */
    static Optional<RedisServer> startIfInstalled() {
        Optional<Path> binary = findOnPath("redis-server");
        if (binary.isEmpty() && System.getenv("CI") != null) {
            fail(MISSING + "; CI is set, so the Redis rate-limit test must run.");
        }
        return binary.map(RedisServer::start);
    }

    static void assumeRunning(Optional<RedisServer> redis) {
        Assumptions.assumeTrue(redis.isPresent(), MISSING + ": skipping the Redis rate-limit test.");
    }

    private static RedisServer start(Path binary) {
        int port = RecordingBackend.closedPort();
        try {
            Path log = Files.createTempFile("redis-server-" + port, ".log");
            Process process = new ProcessBuilder(
                            binary.toString(),
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            RedisServer redis = new RedisServer(process, port, log);
            redis.awaitPong();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitPong() throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                break;
            }
            if (answersPing()) {
                return;
            }
            sleep();
        }
        close();
        throw new IllegalStateException(
                "redis-server did not answer PING on port " + port + "; its output:\n" + Files.readString(log));
    }

    private boolean answersPing() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(7);
            return "+PONG\r\n".equals(new String(answer, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin";
        return Arrays.stream(path.split(":"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
