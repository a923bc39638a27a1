package io.stageflow.metrics.query.winrate;

import io.stageflow.metrics.query.Ratios;

/** @param winRate won / (won + lost), a fraction rounded to 4 decimals; null when nothing closed */
public record WinRate(long won, long lost, Double winRate) {
    public static WinRate of(long won, long lost) {
        return new WinRate(won, lost, Ratios.fraction(won, won + lost));
    }
}
