package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.query.Ratios;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The open pipeline by expected close month, weighted two ways: {@code weighted} by the stage
 * probabilities of the pipeline version each deal follows (as defined), {@code learned} by the
 * share of this tenant's closed deals that were won after being in that stage (from its own
 * history). Months before this one are summed as {@code overdue}, deals without a close date as
 * {@code none}. Per currency, rounded half-up to 2 decimals. {@code definitions} are the pipeline
 * versions whose stage probabilities weighted it, {@code missingDefinitions} those not known (yet).
 */
public record Forecast(
        LocalDate asOf,
        Map<String, Double> learnedProbability,
        List<Month> months,
        List<PipelineRef> definitions,
        List<PipelineRef> missingDefinitions) {
    public static final String OVERDUE = "overdue";

    /** The same forecast, stating the pipeline versions it looked up. */
    Forecast with(DefinitionsUsed used) {
        return new Forecast(asOf, learnedProbability, months, used.found(), used.missing());
    }

    /**
     * {@code withoutStageProbability}: the part of {@code amount} whose pipeline version the metrics
     * service does not know (yet), so not in {@code weighted}; {@code withoutHistory}: the part in a
     * stage no closed deal went through, so not in {@code learned}.
     */
    public record Month(String month, List<InCurrency> byCurrency) {}

    public record InCurrency(
            String currency,
            BigDecimal amount,
            BigDecimal weighted,
            BigDecimal learned,
            BigDecimal withoutStageProbability,
            BigDecimal withoutHistory) {}

    private static final class Totals {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal learned = BigDecimal.ZERO;
        BigDecimal withoutProbability = BigDecimal.ZERO;
        BigDecimal withoutHistory = BigDecimal.ZERO;
    }

    /**
     * @param probabilities the stage probability (percent) of a pipeline version's stage, by
     *     {@code pipelineId}, {@code version} and {@code stage}; empty when the version is unknown
     */
    static Forecast of(LocalDate today, Figures figures, Function<String[], Optional<Integer>> probabilities) {
        Map<String, Double> learned = new TreeMap<>();
        figures.counts().forEach((name, closed) -> {
            String stage = KpiFigures.partOf("closedVia", name);
            if (stage != null && closed > 0) {
                learned.put(stage, Ratios.fraction(figures.count(KpiFigures.wonVia(stage)), closed));
            }
        });
        YearMonth current = YearMonth.from(today);
        Map<String, Map<String, Totals>> months = new TreeMap<>();
        figures.sums().forEach((name, amount) -> {
            String part = KpiFigures.partOf("forecast", name);
            if (part == null || amount.signum() == 0) {
                return;
            }
            String[] key = part.split("\\|", 5); // month, currency, version, pipelineId, stage
            String month = key[0];
            if (!month.equals(DealFacts.NO_CLOSE_DATE) && YearMonth.parse(month).isBefore(current)) {
                month = OVERDUE;
            }
            Totals totals =
                    months.computeIfAbsent(month, m -> new TreeMap<>()).computeIfAbsent(key[1], c -> new Totals());
            totals.amount = totals.amount.add(amount);
            Optional<Integer> probability = probabilities.apply(new String[] {key[3], key[2], key[4]});
            if (probability.isPresent()) {
                totals.weighted = totals.weighted.add(
                        amount.multiply(BigDecimal.valueOf(probability.get())).movePointLeft(2));
            } else {
                totals.withoutProbability = totals.withoutProbability.add(amount);
            }
            Double share = learned.get(key[4]);
            if (share != null) {
                totals.learned = totals.learned.add(amount.multiply(BigDecimal.valueOf(share)));
            } else {
                totals.withoutHistory = totals.withoutHistory.add(amount);
            }
        });
        List<Month> result = new ArrayList<>();
        months.forEach((month, byCurrency) -> result.add(new Month(
                month,
                byCurrency.entrySet().stream()
                        .map(e -> new InCurrency(
                                e.getKey(),
                                money(e.getValue().amount),
                                money(e.getValue().weighted),
                                money(e.getValue().learned),
                                money(e.getValue().withoutProbability),
                                money(e.getValue().withoutHistory)))
                        .toList())));
        return new Forecast(today, learned, result, List.of(), List.of());
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
