package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.query.Ratios;
import io.stageflow.metrics.query.winrate.WinRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reps (or teams) over one period: wins, won amount, win rate, sales cycle, and against their quota
 * for that period. {@code targetCompletionRate} is the share of those with a quota who reached it
 * in at least one of its currencies.
 */
public record Leaderboard(
        String period, String by, List<Entry> entries, int withQuota, int atQuota, Double targetCompletionRate) {

    /** {@code attainment} per currency = won amount / quota, a fraction rounded to 4 decimals. */
    public record Entry(
            String value,
            long won,
            long lost,
            Double winRate,
            Map<String, BigDecimal> wonAmount,
            Double cycleMeanDays,
            Map<String, BigDecimal> quota,
            Map<String, Double> attainment) {}

    /** This board with only {@code value}'s line, counted as a board of one. */
    public Leaderboard only(String value) {
        return board(
                period,
                by,
                entries.stream().filter(entry -> entry.value().equals(value)).toList());
    }

    static Leaderboard of(String period, String by, Map<String, Figures> deals, Map<String, Figures> plans) {
        Map<String, Figures> all = new TreeMap<>();
        deals.forEach((value, figures) ->
                all.computeIfAbsent(value, v -> new Figures()).add(figures));
        plans.forEach((value, figures) ->
                all.computeIfAbsent(value, v -> new Figures()).add(figures));
        List<Entry> entries = all.entrySet().stream()
                .map(e -> entry(period, e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Entry::won).reversed().thenComparing(Entry::value))
                .toList();
        return board(period, by, entries);
    }

    private static Leaderboard board(String period, String by, List<Entry> entries) {
        int withQuota = (int) entries.stream().filter(e -> !e.quota().isEmpty()).count();
        int atQuota = (int) entries.stream()
                .filter(e -> e.attainment().values().stream().anyMatch(a -> a >= 1.0))
                .count();
        return new Leaderboard(period, by, entries, withQuota, atQuota, Ratios.fraction(atQuota, withQuota));
    }

    private static Entry entry(String period, String value, Figures figures) {
        WinRate winRate = WinRate.of(figures.count(KpiFigures.WON), figures.count(KpiFigures.LOST));
        Map<String, BigDecimal> won = new TreeMap<>();
        Map<String, BigDecimal> quota = new TreeMap<>();
        figures.sums().forEach((name, sum) -> {
            String currency = KpiFigures.partOf("wonAmount", name);
            if (currency != null && sum.signum() != 0) {
                won.put(currency, sum);
            }
            String quoted = KpiFigures.partOf("quota", name);
            if (quoted != null && quoted.startsWith(period + ":") && sum.signum() > 0) {
                quota.put(quoted.substring(period.length() + 1), sum);
            }
        });
        Map<String, Double> attainment = new TreeMap<>();
        quota.forEach((currency, target) -> attainment.put(
                currency,
                won.getOrDefault(currency, BigDecimal.ZERO)
                        .divide(target, 4, RoundingMode.HALF_UP)
                        .doubleValue()));
        return new Entry(
                value,
                winRate.won(),
                winRate.lost(),
                winRate.winRate(),
                won,
                CycleTime.of(figures, null).meanDays(),
                quota,
                attainment);
    }
}
