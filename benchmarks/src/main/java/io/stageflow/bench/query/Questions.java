package io.stageflow.bench.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The five questions, and what their SQL and URLs share. Tenants' days are UTC days here. */
final class Questions {
    static final List<Question> ALL = List.of(
            new FunnelQuestion(),
            new CycleTimeQuestion(),
            new WinRateQuestion(),
            new PipelineQuestion(),
            new RepsQuestion());

    private Questions() {}

    static LocalDateTime start(LocalDate day) {
        return day.atStartOfDay();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
