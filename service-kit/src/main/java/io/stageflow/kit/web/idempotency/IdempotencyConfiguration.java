package io.stageflow.kit.web.idempotency;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/** Every POST of every service honours {@code Idempotency-Key}, with the keys kept in its own database. */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            MongoClient mongo,
            @Value("${stageflow.mongo.database}") String database,
            IdempotencyProperties properties,
            Clock clock) {
        var store =
                new IdempotencyStore(mongo.getDatabase(database).getCollection("idempotency_keys"), properties, clock);
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store));
        registration.addUrlPatterns("/api/*");
        // After the security filter chain: keys are scoped by the tenant of the validated token.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
