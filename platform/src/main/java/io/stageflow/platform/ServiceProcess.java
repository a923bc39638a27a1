package io.stageflow.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service running in its own JVM, as it would in its own container.
 *
 * <p>Its ports are picked before it starts, so another process can take one first. Such a service
 * exits, while whatever holds its management port may well answer a health check. So a service
 * counts as healthy only when its health check names the instance id this launcher gave it: the
 * management server starts after the API server, so that answer also proves the API port is the
 * service's own.
 */
final class ServiceProcess {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    // Spring Boot's report when a web server (Tomcat or Netty) cannot bind its port.
    private static final Pattern PORT_IN_USE = Pattern.compile("Port (\\d+) was already in use");

    private final Service service;
    private final int port;
    /** Where its actuator answers: never the API port. */
    private final int managementPort;

    private final String instanceId;
    private final Path log;
    /** Where this run's lines start in the log, which earlier runs may have written to. */
    private final long logStart;

    private final Process process;
    private volatile String lastAnswer = "nothing yet";

    private ServiceProcess(
            Service service,
            int port,
            int managementPort,
            String instanceId,
            Path log,
            long logStart,
            Process process) {
        this.service = service;
        this.port = port;
        this.managementPort = managementPort;
        this.instanceId = instanceId;
        this.log = log;
        this.logStart = logStart;
        this.process = process;
    }

    static ServiceProcess start(
            Service service,
            Path jar,
            int port,
            int managementPort,
            List<String> jvmOptions,
            List<String> args,
            Path log) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--management.server.port=" + managementPort);
        // The health endpoint lists its groups and is open without a token: a group named after an
        // id this launcher made up tells the service's answer from any other process's.
        String instanceId = "instance-" + UUID.randomUUID();
        command.add("--management.endpoint.health.group." + instanceId + ".include=ping");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        try {
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            return new ServiceProcess(service, port, managementPort, instanceId, log, logStart, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    Service service() {
        return service;
    }

    int port() {
        return port;
    }

    int managementPort() {
        return managementPort;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Whether this very process answers on its management port, and healthy.
     *
     * @throws PortInUse if it exited because another process holds one of its ports
     * @throws IllegalStateException if it exited for any other reason
     */
    boolean isHealthy() {
        requireRunning();
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            boolean ours = answer.body().contains('"' + instanceId + '"');
            if (answer.statusCode() != 200 || !ours) {
                lastAnswer =
                        answer.statusCode() + (ours ? " " : " from another process: ") + abbreviated(answer.body());
                return false;
            }
            return true;
        } catch (IOException e) {
            lastAnswer = e.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What its management port last answered, for a report on a service that never became healthy. */
    String lastAnswer() {
        return lastAnswer;
    }

    private void requireRunning() {
        if (process.isAlive()) {
            return;
        }
        Matcher clash = PORT_IN_USE.matcher(runLog());
        if (clash.find()) {
            throw new PortInUse(service.module() + " could not bind port " + clash.group(1)
                    + ": another process holds it; last lines of " + log + ":\n" + tail());
        }
        throw new IllegalStateException(
                service.module() + " exited with " + process.exitValue() + "; last lines of " + log + ":\n" + tail());
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }

    /**
     * Asks the JVM to shut down gracefully (SIGTERM), and insists after the grace period.
     *
     * @return whether it exited by itself within the grace period
     */
    boolean stop(Duration grace) {
        process.destroy();
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Kills the JVM at once (SIGKILL), as the kernel's OOM killer or a lost node would: nothing runs on the way out. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Appends a thread dump of the service to its log (the JVM prints it on SIGQUIT), to see what it waits on. */
    void dumpThreads() {
        if (process.isAlive()) {
            try {
                new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid()))
                        .inheritIO()
                        .start()
                        .waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                // No kill command: nothing to add to the log.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The last lines this run wrote to the log. */
    String tail() {
        List<String> lines = runLog().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private String runLog() {
        try {
            byte[] written = Files.readAllBytes(log);
            int from = (int) Math.min(logStart, written.length);
            return new String(written, from, written.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
