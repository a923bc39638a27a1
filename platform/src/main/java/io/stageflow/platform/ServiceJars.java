package io.stageflow.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/** Finds each service's executable jar where Maven's package phase leaves it. */
final class ServiceJars {
    private ServiceJars() {}

    static Map<Service, Path> locate(Path repoRoot) {
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            Path target = repoRoot.resolve(service.module()).resolve("target");
            try (Stream<Path> files = Files.list(target)) {
                jars.put(
                        service,
                        files.filter(f -> isExecutableJar(f, service))
                                .findFirst()
                                .orElseThrow(() -> missing(service, target)));
            } catch (IOException e) {
                throw missing(service, target);
            }
        }
        return jars;
    }

    private static boolean isExecutableJar(Path file, Service service) {
        String name = file.getFileName().toString();
        return name.startsWith(service.module() + "-")
                && name.endsWith(".jar")
                && !name.endsWith("-tests.jar")
                && !name.endsWith("-sources.jar");
    }

    private static IllegalStateException missing(Service service, Path target) {
        return new IllegalStateException("no executable jar of " + service.module() + " in " + target
                + "; build it first: ./mvnw -DskipTests package");
    }
}
