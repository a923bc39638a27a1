package io.stageflow.lead.spend;

import io.stageflow.kit.plan.PlanListConfiguration;
import io.stageflow.kit.plan.PlanListSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Spend's histories and its list read model, {@code marketing_spend_list}. */
@Configuration(proxyBeanMethods = false)
@Import(PlanListConfiguration.class)
class SpendConfiguration {
    @Bean
    PlanListSettings spendListSettings() {
        return new PlanListSettings("marketing_spend_list");
    }
}
