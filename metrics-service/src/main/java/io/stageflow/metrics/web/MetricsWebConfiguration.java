package io.stageflow.metrics.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks every metrics request's parameter names before it is answered. */
@Configuration(proxyBeanMethods = false)
class MetricsWebConfiguration implements WebMvcConfigurer {
    private final UnknownParameters unknownParameters;

    MetricsWebConfiguration(UnknownParameters unknownParameters) {
        this.unknownParameters = unknownParameters;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(unknownParameters).addPathPatterns("/api/metrics/**");
    }
}
