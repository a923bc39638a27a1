package io.stageflow.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rendered object is a Kubernetes object the model knows, with no field it does not know. */
class ChartModelTest {

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void everyObjectIsOfAKnownKindWithOnlyKnownFields(ChartValues values) {
        RenderedChart chart = RenderedChart.of(values);
        assertThat(chart.objects()).as("rendered objects").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : chart.objects()) {
            String what = object.getKind() + " " + object.getMetadata().getName() + ": ";
            if (object instanceof GenericKubernetesResource generic
                    && object.getKind().equals("ScaledObject")) {
                ScaledObjectCheck.problems(generic).forEach(problem -> problems.add(what + problem));
            } else if (object instanceof GenericKubernetesResource) {
                problems.add(what + "no typed model for " + object.getApiVersion() + ": unknown kind or apiVersion");
            } else {
                UnknownFields.in(object).forEach(field -> problems.add(what + "unknown field " + field));
            }
        }
        assertThat(problems).as(values.name()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ChartValues.class)
    void everyObjectHasANameAndTheReleaseLabels(ChartValues values) {
        for (HasMetadata object : RenderedChart.of(values).objects()) {
            assertThat(object.getMetadata().getName()).as(object.getKind()).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
            assertThat(object.getMetadata().getLabels())
                    .as(values + ": labels of " + object.getKind() + " "
                            + object.getMetadata().getName())
                    .containsEntry("app.kubernetes.io/instance", RenderedChart.RELEASE)
                    .containsEntry("app.kubernetes.io/part-of", "stageflow");
        }
    }

    @Test
    void helmLintStrictPasses() {
        var lint = new Helm(Repo.CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }
}
