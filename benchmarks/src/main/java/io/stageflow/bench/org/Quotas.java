package io.stageflow.bench.org;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.plan.QuotaSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A quota per rep for every quarter and every year of the org's history (a year's quota is set on
 * its own: the leaderboard never adds quarters up), set a fortnight before the period starts.
 */
final class Quotas {
    private Quotas() {}

    static List<List<SalesEvent>> of(OrgSize size, SplittableRandom random, Instant first, Instant now) {
        LocalDate start = first.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate end = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<Period> periods = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            periods.add(new Period(Integer.toString(year)));
            for (int quarter = 1; quarter <= 4; quarter++) {
                Period period = new Period(year + "-Q" + quarter);
                if (!period.end().isBefore(start) && !period.start().isAfter(end)) {
                    periods.add(period);
                }
            }
        }
        List<List<SalesEvent>> quotas = new ArrayList<>();
        for (int rep = 0; rep < size.reps(); rep++) {
            long quarterly = 150_000 + random.nextInt(26) * 10_000L;
            for (Period period : periods) {
                boolean year = period.value().length() == 4;
                Instant setAt = period.start()
                        .minusDays(14)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
                quotas.add(List.of(new QuotaSet(
                        size.tenant(),
                        new QuotaId("quota." + size.rep(rep) + "." + period.value()),
                        setAt,
                        "REP",
                        size.rep(rep),
                        period,
                        new Money(BigDecimal.valueOf(year ? 4 * quarterly : quarterly), "EUR"),
                        null)));
            }
        }
        return quotas;
    }
}
