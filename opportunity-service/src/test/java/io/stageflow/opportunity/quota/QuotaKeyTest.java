package io.stageflow.opportunity.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.InvalidCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaKeyTest {
    private static final TenantId ACME = new TenantId("acme");

    @Test
    void urlPartsAreReadLeniently() {
        QuotaKey key = QuotaKey.parse(ACME, "Team", " team-3 ", "2026-q4");

        assertThat(key).isEqualTo(new QuotaKey(ACME, QuotaScope.TEAM, "team-3", new Period("2026-Q4")));
        assertThat(key.quotaId())
                .isEqualTo(new QuotaKey(ACME, QuotaScope.TEAM, "team-3", new Period("2026-Q4")).quotaId());
    }

    @Test
    void everyPartOfTheKeyMakesAnotherQuota() {
        QuotaKey key = QuotaKey.parse(ACME, "rep", "rep-7", "2026");

        assertThat(key.quotaId().value()).startsWith("quota:acme:");
        assertThat(QuotaKey.parse(new TenantId("globex"), "rep", "rep-7", "2026")
                        .quotaId())
                .isNotEqualTo(key.quotaId());
        assertThat(QuotaKey.parse(ACME, "team", "rep-7", "2026").quotaId()).isNotEqualTo(key.quotaId());
        assertThat(QuotaKey.parse(ACME, "rep", "rep-8", "2026").quotaId()).isNotEqualTo(key.quotaId());
        assertThat(QuotaKey.parse(ACME, "rep", "Rep-7", "2026").quotaId()).isNotEqualTo(key.quotaId());
        assertThat(QuotaKey.parse(ACME, "rep", "rep-7", "2026-01").quotaId()).isNotEqualTo(key.quotaId());
    }

    @ParameterizedTest
    @CsvSource({"scope, manager, rep-7, 2026", "subjectId, rep, ' ', 2026", "period, rep, rep-7, 2026-Q5"})
    void badPartIsInvalidNamingIt(String field, String scope, String subjectId, String period) {
        assertThatThrownBy(() -> QuotaKey.parse(ACME, scope, subjectId, period))
                .isInstanceOfSatisfying(
                        InvalidCommand.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void subjectIdLongerThanTheContractAllowsIsInvalid() {
        assertThatThrownBy(() -> QuotaKey.parse(ACME, "rep", "r".repeat(201), "2026"))
                .isInstanceOfSatisfying(
                        InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("subjectId"));
    }
}
