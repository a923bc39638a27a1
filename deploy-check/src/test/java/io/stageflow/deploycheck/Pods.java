package io.stageflow.deploycheck;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;

/** What the checks ask of the Deployments: which pods a selector picks, which ports they name. */
final class Pods {
    private Pods() {}

    static Container container(Deployment deployment) {
        List<Container> containers =
                deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1)
            throw new AssertionError(deployment.getMetadata().getName() + ": one container");
        return containers.get(0);
    }

    static Map<String, String> labels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    static boolean selects(Map<String, String> matchLabels, Map<String, String> labels) {
        return matchLabels != null
                && !matchLabels.isEmpty()
                && labels.entrySet().containsAll(matchLabels.entrySet());
    }

    /** The chart uses matchLabels only; an expression would need a real evaluation here. */
    static boolean selects(LabelSelector selector, Deployment deployment) {
        if (selector.getMatchExpressions() != null
                && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("matchExpressions are not checked: " + selector);
        }
        return selects(selector.getMatchLabels(), labels(deployment));
    }

    static List<Deployment> selectedBy(Map<String, String> matchLabels, List<Deployment> deployments) {
        return deployments.stream().filter(d -> selects(matchLabels, labels(d))).toList();
    }

    static List<String> portNames(Deployment deployment) {
        return container(deployment).getPorts().stream()
                .map(ContainerPort::getName)
                .toList();
    }

    static int port(Deployment deployment, String name) {
        return container(deployment).getPorts().stream()
                .filter(p -> name.equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " declares no port " + name))
                .getContainerPort();
    }
}
