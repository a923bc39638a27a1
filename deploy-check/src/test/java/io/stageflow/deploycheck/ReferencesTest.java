package io.stageflow.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Names that point at other objects point at objects the chart renders, and at ports they declare. */
class ReferencesTest {

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void eachServiceSelectsOneDeploymentAndItsNamedPorts(ChartValues values) {
        RenderedChart chart = RenderedChart.of(values);
        for (Service service : chart.all(Service.class)) {
            List<Deployment> pods = Pods.selectedBy(service.getSpec().getSelector(), chart.all(Deployment.class));
            assertThat(pods)
                    .as(values + ": pods of service " + service.getMetadata().getName())
                    .hasSize(1);
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(Pods.portNames(pods.get(0)))
                        .as(values + ": " + service.getMetadata().getName() + " targets a declared port")
                        .contains(port.getTargetPort().getStrVal());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void mountsConfigMapsSecretsAndTheServiceAccountResolve(ChartValues values) {
        RenderedChart chart = RenderedChart.of(values);
        for (Deployment deployment : chart.all(Deployment.class)) {
            String what = values + ": " + deployment.getMetadata().getName();
            var pod = deployment.getSpec().getTemplate().getSpec();
            Container container = Pods.container(deployment);
            List<String> volumeNames =
                    pod.getVolumes().stream().map(Volume::getName).toList();
            assertThat(container.getVolumeMounts())
                    .extracting(VolumeMount::getName)
                    .allMatch(volumeNames::contains);
            for (Volume volume : pod.getVolumes()) {
                if (volume.getConfigMap() != null) {
                    ConfigMap map =
                            chart.named(ConfigMap.class, volume.getConfigMap().getName());
                    assertThat(map.getData())
                            .as(what + " keys of " + volume.getName())
                            .containsKeys(volume.getConfigMap().getItems().stream()
                                    .map(KeyToPath::getKey)
                                    .toArray(String[]::new));
                }
                if (volume.getSecret() != null) {
                    // Secrets are the operator's: only their names and keys can be checked here.
                    assertThat(volume.getSecret().getSecretName())
                            .as(what + " " + volume.getName())
                            .isNotBlank();
                    assertThat(volume.getSecret().getItems())
                            .extracting(KeyToPath::getKey)
                            .allMatch(k -> !k.isBlank());
                }
            }
            for (EnvVar env : container.getEnv()) {
                var source = env.getValueFrom();
                if (source != null && source.getSecretKeyRef() != null) {
                    assertThat(source.getSecretKeyRef().getName())
                            .as(what + " " + env.getName())
                            .isNotBlank();
                    assertThat(source.getSecretKeyRef().getKey())
                            .as(what + " " + env.getName())
                            .isNotBlank();
                }
                if (source != null && source.getConfigMapKeyRef() != null) {
                    assertThat(chart.named(
                                            ConfigMap.class,
                                            source.getConfigMapKeyRef().getName())
                                    .getData())
                            .containsKey(source.getConfigMapKeyRef().getKey());
                }
            }
            chart.named(ServiceAccount.class, pod.getServiceAccountName());
        }
    }

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void scalersAndDisruptionBudgetsTargetDeploymentsWithoutFixedReplicas(ChartValues values) {
        RenderedChart chart = RenderedChart.of(values);
        List<String> scaled = new ArrayList<>();
        for (HorizontalPodAutoscaler hpa : chart.all(HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            scaled.add(hpa.getSpec().getScaleTargetRef().getName());
        }
        for (var scaledObject : chart.ofKind("ScaledObject")) {
            scaled.add(ScaledObjectCheck.targetName((GenericKubernetesResource) scaledObject));
        }
        assertThat(scaled).as(values + ": one autoscaler per deployment").doesNotHaveDuplicates();
        for (String name : scaled) {
            assertThat(chart.named(Deployment.class, name).getSpec().getReplicas())
                    .as(values + ": " + name + " is autoscaled, a fixed count would fight the autoscaler")
                    .isNull();
        }
        for (PodDisruptionBudget budget : chart.all(PodDisruptionBudget.class)) {
            assertThat(chart.all(Deployment.class))
                    .filteredOn(d -> Pods.selects(budget.getSpec().getSelector(), d))
                    .as(values + ": pods of budget " + budget.getMetadata().getName())
                    .hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void networkPoliciesSelectPodsAndTheirPorts(ChartValues values) {
        RenderedChart chart = RenderedChart.of(values);
        List<Deployment> deployments = chart.all(Deployment.class);
        assertThat(chart.all(NetworkPolicy.class))
                .as(values + ": one policy per deployment")
                .hasSize(deployments.size());
        for (NetworkPolicy policy : chart.all(NetworkPolicy.class)) {
            String what = values + ": network policy " + policy.getMetadata().getName();
            List<Deployment> pods = deployments.stream()
                    .filter(d -> Pods.selects(policy.getSpec().getPodSelector(), d))
                    .toList();
            assertThat(pods).as(what).hasSize(1);
            for (var rule : policy.getSpec().getIngress()) {
                assertThat(rule.getPorts())
                        .extracting(NetworkPolicyPort::getPort)
                        .allSatisfy(
                                port -> assertThat(Pods.portNames(pods.get(0))).contains(port.getStrVal()));
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
                        assertThat(deployments)
                                .filteredOn(d -> Pods.selects(peer.getPodSelector(), d))
                                .as(what + ": peers in the release")
                                .isNotEmpty();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void ingressAndServiceMonitorPointAtServicePorts(ChartValues values) {
        RenderedChart chart = RenderedChart.of(values);
        for (Ingress ingress : chart.all(Ingress.class)) {
            for (var rule : ingress.getSpec().getRules()) {
                for (var path : rule.getHttp().getPaths()) {
                    var backend = path.getBackend().getService();
                    assertThat(portNames(chart.named(Service.class, backend.getName())))
                            .contains(backend.getPort().getName());
                }
            }
        }
        for (ServiceMonitor monitor : chart.all(ServiceMonitor.class)) {
            List<Service> services = chart.all(Service.class).stream()
                    .filter(s -> Pods.selects(
                            monitor.getSpec().getSelector().getMatchLabels(),
                            s.getMetadata().getLabels()))
                    .toList();
            assertThat(services).as(values + ": services the monitor scrapes").hasSize(4);
            for (var endpoint : monitor.getSpec().getEndpoints()) {
                services.forEach(service -> assertThat(portNames(service)).contains(endpoint.getPort()));
            }
        }
    }

    private static List<String> portNames(Service service) {
        return service.getSpec().getPorts().stream().map(ServicePort::getName).toList();
    }
}
