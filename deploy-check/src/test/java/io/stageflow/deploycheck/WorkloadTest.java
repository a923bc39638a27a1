package io.stageflow.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every pod of the release must have: probes, resources, a locked-down security context. */
class WorkloadTest {
    private static final List<String> SERVICES =
            List.of("gateway", "lead-service", "opportunity-service", "metrics-service");

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void eachServiceHasOneDeployment(ChartValues values) {
        assertThat(RenderedChart.of(values).all(Deployment.class))
                .extracting(d -> d.getMetadata().getLabels().get("app.kubernetes.io/name"))
                .containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void probesAskTheHealthGroupsOnTheManagementPort(ChartValues values) {
        for (Deployment deployment : RenderedChart.of(values).all(Deployment.class)) {
            Container container = Pods.container(deployment);
            String what = values + ": " + deployment.getMetadata().getName();
            assertProbe(what + " startup", container.getStartupProbe(), "/actuator/health/liveness", deployment);
            assertProbe(what + " liveness", container.getLivenessProbe(), "/actuator/health/liveness", deployment);
            assertProbe(what + " readiness", container.getReadinessProbe(), "/actuator/health/readiness", deployment);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void resourcesAndSecurityContextAreSet(ChartValues values) {
        for (Deployment deployment : RenderedChart.of(values).all(Deployment.class)) {
            String what = values + ": " + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = Pods.container(deployment);
            assertThat(container.getResources().getRequests())
                    .as(what + " requests")
                    .containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits())
                    .as(what + " limits")
                    .containsKey("memory");
            assertThat(pod.getSecurityContext().getRunAsNonRoot())
                    .as(what + " runAsNonRoot")
                    .isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser())
                    .as(what + " the image's user")
                    .isEqualTo(65532L);
            var security = container.getSecurityContext();
            assertThat(security.getReadOnlyRootFilesystem())
                    .as(what + " readOnlyRootFilesystem")
                    .isTrue();
            assertThat(security.getAllowPrivilegeEscalation())
                    .as(what + " allowPrivilegeEscalation")
                    .isFalse();
            assertThat(security.getCapabilities().getDrop())
                    .as(what + " dropped capabilities")
                    .containsExactly("ALL");
            assertThat(pod.getTerminationGracePeriodSeconds())
                    .as(what + " (docs/operations.md)")
                    .isEqualTo(45L);
            assertThat(pod.getAutomountServiceAccountToken())
                    .as(what + " API token")
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void tmpIsAWritableEmptyDir(ChartValues values) {
        for (Deployment deployment : RenderedChart.of(values).all(Deployment.class)) {
            String volume = Pods.container(deployment).getVolumeMounts().stream()
                    .filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(deployment.getMetadata().getName() + " mounts no /tmp"))
                    .getName();
            assertThat(volumes(deployment).get(volume).getEmptyDir()).as(volume).isNotNull();
        }
    }

    /** The ports Spring listens on (the chart's application.yaml) are the ports the pod declares. */
    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void springListensWhereThePodSaysItDoes(ChartValues values) throws IOException {
        RenderedChart chart = RenderedChart.of(values);
        for (Deployment deployment : chart.all(Deployment.class)) {
            Container container = Pods.container(deployment);
            Volume config = volumes(deployment).get("config");
            String mountPath = container.getVolumeMounts().stream()
                    .filter(m -> m.getName().equals("config"))
                    .findFirst()
                    .orElseThrow()
                    .getMountPath();
            assertThat(env(container)).containsEntry("SPRING_CONFIG_ADDITIONAL_LOCATION", mountPath);
            ConfigMap map = chart.named(ConfigMap.class, config.getConfigMap().getName());
            JsonNode spring = firstDocument(map.getData().get("application.yaml"));
            assertThat(spring.at("/server/port").asInt()).isEqualTo(Pods.port(deployment, "http"));
            assertThat(spring.at("/management/server/port").asInt()).isEqualTo(Pods.port(deployment, "management"));
        }
    }

    private static void assertProbe(String what, Probe probe, String path, Deployment deployment) {
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what + " path").isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what + " port").isEqualTo("management");
        assertThat(Pods.portNames(deployment))
                .as(what + ": the probe's port is declared")
                .contains("management");
    }

    private static Map<String, Volume> volumes(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .collect(java.util.stream.Collectors.toMap(Volume::getName, v -> v));
    }

    private static Map<String, String> env(Container container) {
        return container.getEnv().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }

    private static JsonNode firstDocument(String yaml) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    }
}
