package io.stageflow.kit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Period;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.ids.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanIdsTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final Period Q4 = new Period("2026-Q4");

    @Test
    void nameBasedUuidsAreVersionFiveAsSpecified() {
        // RFC 9562, appendix A.4: the DNS namespace and "www.example.com".
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        assertThat(PlanIds.nameBased(dns, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void theSameKeyAlwaysGivesTheSameIdAndNeverChanges() {
        String id = PlanIds.derive("quota", ACME, Q4, "REP", "rep-7");

        assertThat(PlanIds.derive("quota", ACME, Q4, "REP", "rep-7")).isEqualTo(id);
        // Pinned: a different value here orphans every stored quota.
        assertThat(id)
                .isEqualTo("quota:acme:" + PlanIds.nameBased(PlanIds.NAMESPACE, "5:quota4:acme7:2026-Q43:REP5:rep-7"));
        assertThat(UUID.fromString(id.substring("quota:acme:".length())).version())
                .isEqualTo(5);
    }

    @Test
    void everyPartOfTheKeyCounts() {
        String id = PlanIds.derive("spend", ACME, Q4, "web", null);

        assertThat(PlanIds.derive("quota", ACME, Q4, "web", null)).isNotEqualTo(id);
        assertThat(PlanIds.derive("spend", new TenantId("globex"), Q4, "web", null))
                .isNotEqualTo(id);
        assertThat(PlanIds.derive("spend", ACME, new Period("2026"), "web", null))
                .isNotEqualTo(id);
        assertThat(PlanIds.derive("spend", ACME, Q4, "Web", null)).isNotEqualTo(id);
        assertThat(PlanIds.derive("spend", ACME, Q4, "web", "~")).isNotEqualTo(id);
        assertThat(PlanIds.derive("spend", ACME, Q4, "web", "")).isNotEqualTo(id);
    }

    @Test
    void partsCannotBeShiftedIntoOneAnother() {
        assertThat(PlanIds.derive("spend", ACME, Q4, "a:b", "c"))
                .isNotEqualTo(PlanIds.derive("spend", ACME, Q4, "a", "b:c"));
        assertThat(PlanIds.derive("spend", ACME, Q4, "1:a", null))
                .isNotEqualTo(PlanIds.derive("spend", ACME, Q4, "", "a"));
    }

    @Test
    void anyTextGivesAValidAggregateIdEvenForTheLongestTenant() {
        TenantId longest = new TenantId("t".repeat(64));
        String id = PlanIds.derive("quota", longest, Q4, "TEAM", "Vertrieb Süd / Ost · 東京 " + "x".repeat(180));

        assertThat(new QuotaId(id).value()).hasSize(107).startsWith("quota:" + longest.value() + ":");
    }
}
