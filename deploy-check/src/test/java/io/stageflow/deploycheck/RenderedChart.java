package io.stageflow.deploycheck;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The chart as `helm template` renders it, each document read into its typed Kubernetes model. */
record RenderedChart(ChartValues values, List<HasMetadata> objects) {
    static final String RELEASE = "sf";
    static final String NAMESPACE = "stageflow";
    private static final Map<ChartValues, RenderedChart> RENDERED = new EnumMap<>(ChartValues.class);

    static synchronized RenderedChart of(ChartValues values) {
        return RENDERED.computeIfAbsent(values, RenderedChart::render);
    }

    static KubernetesSerialization serialization() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        // Custom resources with a typed model on Maven Central; KEDA has none (see ScaledObjectCheck).
        serialization.registerKubernetesResource(KafkaTopic.class);
        serialization.registerKubernetesResource(ServiceMonitor.class);
        return serialization;
    }

    private static RenderedChart render(ChartValues values) {
        // Without a kube version, helm template assumes 1.20, below the chart's kubeVersion.
        TemplateCommand template = new Helm(Repo.CHART)
                .template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion("1.31.0");
        template = values.file().map(template::withValuesFile).orElse(template);
        KubernetesSerialization serialization = serialization();
        List<HasMetadata> objects = Arrays.stream(template.call().split("(?m)^---\\s*$"))
                .filter(document -> document.lines().anyMatch(line -> line.startsWith("kind:")))
                .map(document -> serialization.<HasMetadata>unmarshal(document))
                .toList();
        return new RenderedChart(values, objects);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<HasMetadata> ofKind(String kind) {
        return objects.stream().filter(o -> o.getKind().equals(kind)).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream()
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        values + ": no " + type.getSimpleName() + " named " + name + " in the chart"));
    }

    @Override
    public String toString() {
        return values.name();
    }
}
