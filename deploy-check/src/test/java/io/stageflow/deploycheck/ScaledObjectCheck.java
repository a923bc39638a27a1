package io.stageflow.deploycheck;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KEDA publishes no Java model, so the ScaledObject fields the chart uses are checked here, strictly
 * (from KEDA's ScaledObject specification, keda.sh/docs/2.x/reference/scaledobject-spec): a key
 * outside these sets is a typo.
 */
final class ScaledObjectCheck {
    static final String API_VERSION = "keda.sh/v1alpha1";
    private static final Set<String> SPEC = Set.of(
            "scaleTargetRef",
            "pollingInterval",
            "cooldownPeriod",
            "initialCooldownPeriod",
            "idleReplicaCount",
            "minReplicaCount",
            "maxReplicaCount",
            "fallback",
            "advanced",
            "triggers");
    private static final Set<String> TARGET = Set.of("apiVersion", "kind", "name", "envSourceContainerName");
    private static final Set<String> TRIGGER = Set.of("type", "metadata", "metricType", "name", "authenticationRef");
    private static final Map<String, Set<String>> TRIGGER_METADATA = Map.of(
            "cpu",
            Set.of("value", "containerName"),
            "prometheus",
            Set.of("serverAddress", "query", "threshold", "activationThreshold", "namespace", "ignoreNullValues"));

    private ScaledObjectCheck() {}

    /** What is wrong with it; empty when nothing is. */
    static List<String> problems(GenericKubernetesResource scaledObject) {
        List<String> problems = new ArrayList<>();
        if (!API_VERSION.equals(scaledObject.getApiVersion()))
            problems.add("apiVersion " + scaledObject.getApiVersion());
        Map<String, Object> spec = map(scaledObject.getAdditionalProperties().get("spec"));
        unknownKeys("spec", spec, SPEC, problems);
        unknownKeys("spec.scaleTargetRef", map(spec.get("scaleTargetRef")), TARGET, problems);
        if (!(spec.get("minReplicaCount") instanceof Integer min) || min < 1) {
            problems.add("spec.minReplicaCount must be at least 1: at 0 nothing projects");
        }
        List<?> triggers = spec.get("triggers") instanceof List<?> list ? list : List.of();
        if (triggers.isEmpty()) problems.add("spec.triggers is empty");
        for (int i = 0; i < triggers.size(); i++) {
            Map<String, Object> trigger = map(triggers.get(i));
            String path = "spec.triggers[" + i + "]";
            unknownKeys(path, trigger, TRIGGER, problems);
            Set<String> metadata = TRIGGER_METADATA.get(String.valueOf(trigger.get("type")));
            if (metadata == null) {
                problems.add(path + ".type " + trigger.get("type") + " is not one the chart uses");
            } else {
                Map<String, Object> values = map(trigger.get("metadata"));
                unknownKeys(path + ".metadata", values, metadata, problems);
                values.forEach((key, value) -> {
                    // KEDA reads trigger metadata as map[string]string: a number here is refused.
                    if (!(value instanceof String)) problems.add(path + ".metadata." + key + " is not a string");
                });
            }
        }
        return problems;
    }

    static String targetName(GenericKubernetesResource scaledObject) {
        return (String)
                map(map(scaledObject.getAdditionalProperties().get("spec")).get("scaleTargetRef"))
                        .get("name");
    }

    static int maxReplicaCount(GenericKubernetesResource scaledObject) {
        return (Integer) map(scaledObject.getAdditionalProperties().get("spec")).get("maxReplicaCount");
    }

    private static void unknownKeys(String path, Map<String, Object> map, Set<String> known, List<String> problems) {
        map.keySet().stream()
                .filter(key -> !known.contains(key))
                .forEach(key -> problems.add(path + "." + key + " is no ScaledObject field"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
