package io.stageflow.kit.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.ids.TenantId;
import org.junit.jupiter.api.Test;

class ReasonKindTest {

    @Test
    void eachTenantHasOneListIdPerKindValidForTheLongestTenantId() {
        TenantId longest = new TenantId("t".repeat(64));

        assertThat(ReasonKind.DISQUALIFY.listIdFor(new TenantId("acme")).value())
                .isEqualTo("reasons.disqualify.acme");
        assertThat(ReasonKind.DISQUALIFY.listIdFor(longest).value()).endsWith(longest.value());
        assertThat(ReasonKind.LOSS.listIdFor(longest)).isNotEqualTo(ReasonKind.DISQUALIFY.listIdFor(longest));
    }

    @Test
    void pathsNameKindsInLowerCaseOnly() {
        assertThat(ReasonKind.ofPathName("loss")).contains(ReasonKind.LOSS);
        assertThat(ReasonKind.ofPathName("disqualify")).contains(ReasonKind.DISQUALIFY);
        assertThat(ReasonKind.ofPathName("LOSS")).isEmpty();
        assertThat(ReasonKind.ofPathName("refund")).isEmpty();
    }
}
