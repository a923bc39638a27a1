package io.stageflow.lead.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.InvalidCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpendKeyTest {
    private static final TenantId ACME = new TenantId("acme");

    @Test
    void urlPartsAreTrimmedAndTheCampaignIsOptional() {
        assertThat(SpendKey.parse(ACME, " webinar ", " spring-fair ", "2026-q4"))
                .isEqualTo(new SpendKey(ACME, "webinar", "spring-fair", new Period("2026-Q4")));
        assertThat(SpendKey.parse(ACME, "webinar", null, "2026").campaign()).isNull();
    }

    @Test
    void theChannelItsCampaignsAndEveryOtherPartAreSpendsOfTheirOwn() {
        SpendKey channel = SpendKey.parse(ACME, "webinar", null, "2026");

        assertThat(channel.spendId().value()).startsWith("spend:acme:");
        assertThat(SpendKey.parse(ACME, "webinar", "spring-fair", "2026").spendId())
                .isNotEqualTo(channel.spendId());
        assertThat(SpendKey.parse(new TenantId("globex"), "webinar", null, "2026")
                        .spendId())
                .isNotEqualTo(channel.spendId());
        assertThat(SpendKey.parse(ACME, "Webinar", null, "2026").spendId()).isNotEqualTo(channel.spendId());
        assertThat(SpendKey.parse(ACME, "webinar", null, "2026-Q1").spendId()).isNotEqualTo(channel.spendId());
        assertThat(SpendKey.parse(ACME, "webinar", null, "2026").spendId()).isEqualTo(channel.spendId());
    }

    @ParameterizedTest
    @CsvSource({"channel, ' ', , 2026", "campaign, web, '', 2026", "period, web, , 2026-13"})
    void badPartIsInvalidNamingIt(String field, String channel, String campaign, String period) {
        assertThatThrownBy(() -> SpendKey.parse(ACME, channel, campaign, period))
                .isInstanceOfSatisfying(
                        InvalidCommand.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
