package io.stageflow.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.kafka.common.utils.AppInfoParser;

/** What the figures were measured on: the machine, the JDK, the stand-ins, the libraries, the commit. */
public final class Environment {
    private static final Pattern VERSION = Pattern.compile("-(\\d+(?:\\.\\d+)+)(?:[.-][A-Za-z0-9]+)?\\.jar");
    /** The libraries the services' figures depend on most, read from the metrics service's jar. */
    private static final List<String> SERVICE_LIBRARIES = List.of(
            "spring-boot", "axon-messaging", "axon-kafka", "axon-mongo", "mongodb-driver-sync", "kafka-clients");

    private Environment() {}

    public static String machine() {
        return String.format(
                "%d cores (%s), %s RAM, %s",
                Runtime.getRuntime().availableProcessors(),
                firstLineValue(Path.of("/proc/cpuinfo"), "model name"),
                memory(),
                operatingSystem());
    }

    public static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    public static String kafka() {
        return "in-process KRaft broker, Kafka " + AppInfoParser.getVersion();
    }

    public static String mongo() {
        return "in-process Mongo-wire store, mongo-java-server " + versionOf("de.bwaldvogel.mongo.MongoServer");
    }

    /** {@code name version} of the key libraries inside the metrics service's executable jar. */
    public static String serviceLibraries(Path repoRoot) {
        Path target = repoRoot.resolve("metrics-service").resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("metrics-service-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElse(null);
            if (jar == null) {
                return "unknown";
            }
            List<String> found = new ArrayList<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (String library : SERVICE_LIBRARIES) {
                    zip.stream()
                            .map(entry -> entry.getName())
                            .filter(name -> name.startsWith("BOOT-INF/lib/" + library + "-"))
                            .map(name -> name.substring("BOOT-INF/lib/".length()))
                            .filter(name -> Character.isDigit(name.charAt(library.length() + 1)))
                            .findFirst()
                            .ifPresent(name -> found.add(library + " " + version(name)));
                }
            }
            return String.join(", ", found);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    public static String gitCommit(Path repoRoot) {
        String commit = run(repoRoot, "git", "rev-parse", "--short=12", "HEAD");
        if (commit.isEmpty()) {
            return "unknown";
        }
        String changes = run(repoRoot, "git", "status", "--porcelain", "--untracked-files=no");
        return changes.isEmpty() ? commit : commit + " (with uncommitted changes)";
    }

    public static String versionOf(String className) {
        try {
            Class<?> type = Class.forName(className);
            String version = type.getPackage().getImplementationVersion();
            if (version != null) {
                return version;
            }
            String location =
                    String.valueOf(type.getProtectionDomain().getCodeSource().getLocation());
            return version(location.replaceAll("!/$", ""));
        } catch (ClassNotFoundException | SecurityException e) {
            return "unknown";
        }
    }

    private static String version(String jarName) {
        Matcher matcher = VERSION.matcher(jarName);
        String last = "unknown";
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    private static String memory() {
        String total = firstLineValue(Path.of("/proc/meminfo"), "MemTotal");
        try {
            long kib = Long.parseLong(total.replaceAll("[^0-9]", ""));
            return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }

    private static String operatingSystem() {
        String pretty =
                firstLineValue(Path.of("/etc/os-release"), "PRETTY_NAME").replace("\"", "");
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version");
        return pretty.equals("unknown") ? kernel : pretty + ", " + kernel;
    }

    private static String firstLineValue(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1)
                            .trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
