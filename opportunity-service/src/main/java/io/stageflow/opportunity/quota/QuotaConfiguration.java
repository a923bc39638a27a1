package io.stageflow.opportunity.quota;

import io.stageflow.kit.plan.PlanListConfiguration;
import io.stageflow.kit.plan.PlanListSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Quotas' histories and their list read model, {@code quota_list}. */
@Configuration(proxyBeanMethods = false)
@Import(PlanListConfiguration.class)
class QuotaConfiguration {
    @Bean
    PlanListSettings quotaListSettings() {
        return new PlanListSettings("quota_list");
    }
}
