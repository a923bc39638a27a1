package io.stageflow.gateway.hardening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** The largest request body the gateway accepts or forwards ({@code stageflow.request-body.max-size}). */
@Validated
@ConfigurationProperties("stageflow.request-body")
public record RequestBodyProperties(@DefaultValue("1MB") DataSize maxSize) {}
