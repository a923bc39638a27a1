package io.stageflow.metrics.support;

import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.plan.QuotaSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The KPIs of a {@link GeneratedOrg} computed the slow, obvious way, for checking the service: each
 * aggregate's whole history folded into what really happened (a correction means the deal was in
 * the corrected stage from its true time on), then every question answered by filtering and
 * counting those histories. It shares no code with the service.
 */
public final class OrgOracle {
    private static final double MILLIS_PER_DAY = 86_400_000d;
    private static final List<String> LEAD_STAGES = List.of("NEW", "CONTACTED");

    private final ZoneId zone;
    private final String pipelineId;
    public final List<Lead> leads = new ArrayList<>();
    public final List<Deal> deals = new ArrayList<>();
    public final List<Journey> journeys = new ArrayList<>();
    /** The latest quota amount by rep, for 2026-Q2. */
    public final Map<String, Money> quotas = new TreeMap<>();

    public OrgOracle(GeneratedOrg org) {
        this.zone = org.zone;
        this.pipelineId =
                io.stageflow.events.ids.PipelineId.defaultFor(org.tenant).value();
        Map<String, Lead> leadsById = new HashMap<>();
        for (List<SalesEvent> events : org.aggregates) {
            SalesEvent first = events.get(0);
            if (first instanceof LeadCreated) {
                Lead lead = Lead.fold(events);
                leads.add(lead);
                leadsById.put(lead.id, lead);
            } else if (first instanceof OpportunityOpened) {
                deals.add(Deal.fold(events));
            } else if (first instanceof QuotaSet) {
                QuotaSet latest = (QuotaSet) events.get(events.size() - 1);
                quotas.put(latest.subjectId(), latest.amount());
            }
        }
        Set<String> converted = new TreeSet<>();
        for (Deal deal : deals) {
            Lead lead = deal.leadId == null ? null : leadsById.get(deal.leadId);
            journeys.add(new Journey(lead, deal));
            if (lead != null) {
                converted.add(lead.id);
            }
        }
        leads.stream().filter(l -> !converted.contains(l.id)).forEach(l -> journeys.add(new Journey(l, null)));
    }

    // ---------------------------------------------------------------- the histories

    public record Stay(String stage, Instant from, Instant to) {}

    public record Owner(Instant from, String rep, String team) {}

    public record Loss(
            Instant at, String stage, String reason, String competitor, boolean withdrawn, Set<String> via) {}

    public record Move(Instant at, String from, String to) {}

    public record Won(Instant at, Money amount, Set<String> via) {}

    public static final class Lead {
        String id;
        Instant created;
        String source;
        String industry;
        String region;
        String rep;
        String team;
        String campaign;
        String contactRole;
        Instant converted;
        final List<Stay> stays = new ArrayList<>();
        final Map<String, Instant> entered = new HashMap<>();

        static Lead fold(List<SalesEvent> events) {
            Lead lead = new Lead();
            for (SalesEvent event : events) {
                if (event instanceof LeadCreated created) {
                    lead.id = created.leadId().value();
                    lead.created = created.occurredAt();
                    lead.source = created.dimensions().source();
                    lead.industry = created.dimensions().industry();
                    lead.region = created.dimensions().region();
                    lead.rep = created.dimensions().ownerId();
                    lead.team = created.dimensions().teamId();
                    lead.campaign = created.campaign();
                    lead.contactRole = created.contactRole();
                    lead.enter(created.stage(), created.occurredAt());
                } else if (event instanceof LeadStageChanged changed) {
                    lead.leave(changed.occurredAt());
                    lead.enter(changed.toStage(), changed.occurredAt());
                } else if (event instanceof LeadConverted converted) {
                    lead.leave(converted.occurredAt());
                    lead.converted = converted.occurredAt();
                } else if (event instanceof LeadDisqualified disqualified) {
                    lead.leave(disqualified.occurredAt());
                }
            }
            return lead;
        }

        private void enter(String stage, Instant at) {
            stays.add(new Stay(stage, at, null));
            entered.merge(stage, at, (a, b) -> a.isBefore(b) ? a : b);
        }

        private void leave(Instant at) {
            Stay last = stays.remove(stays.size() - 1);
            stays.add(new Stay(last.stage(), last.from(), at));
        }

        String value(String dimension) {
            return switch (dimension) {
                case "source" -> source;
                case "industry" -> industry;
                case "region" -> region;
                case "rep" -> rep;
                case "team" -> team;
                case "campaign" -> campaign;
                case "contactRole" -> contactRole;
                default -> null;
            };
        }
    }

    public static final class Deal {
        String id;
        String leadId;
        Instant opened;
        String source;
        String industry;
        String region;
        Money amount;
        LocalDate closeDate;
        Instant qualified;
        Won won;
        /** What really happened: a correction replaces the stays from its true time on. */
        final List<Stay> stays = new ArrayList<>();

        final List<Owner> owners = new ArrayList<>();
        final List<Loss> losses = new ArrayList<>();
        final List<Move> moves = new ArrayList<>();
        final List<Instant> reopens = new ArrayList<>();
        final List<OpportunityCloseDateChanged> closeDateChanges = new ArrayList<>();
        final List<OpportunityReassigned> reassignments = new ArrayList<>();
        /** First entry into each stage, as recorded (a correction's stage at its true time). */
        final Map<String, Instant> entered = new HashMap<>();
        /** Every stage it has been in, in the order recorded. */
        final Set<String> visited = new LinkedHashSet<>();

        static Deal fold(List<SalesEvent> events) {
            Deal deal = new Deal();
            for (SalesEvent event : events) {
                deal.apply(event);
            }
            return deal;
        }

        private void apply(SalesEvent event) {
            Instant at = event.occurredAt();
            if (event instanceof OpportunityOpened opened) {
                id = opened.opportunityId().value();
                leadId = opened.leadId() == null ? null : opened.leadId().value();
                this.opened = at;
                source = opened.dimensions().source();
                industry = opened.dimensions().industry();
                region = opened.dimensions().region();
                amount = opened.amount();
                closeDate = opened.expectedCloseDate();
                owners.add(new Owner(
                        at, opened.dimensions().ownerId(), opened.dimensions().teamId()));
                enter(opened.stage(), at);
            } else if (event instanceof OpportunityStageChanged changed) {
                moves.add(new Move(at, changed.fromStage(), changed.toStage()));
                close(at);
                enter(changed.toStage(), at);
            } else if (event instanceof OpportunityStageCorrected corrected) {
                moves.add(new Move(at, corrected.fromStage(), corrected.toStage()));
                // What really happened: the stay it was in at the true time ends then; later ones never were.
                stays.removeIf(stay -> !stay.from().isBefore(at));
                Stay cut = stays.remove(stays.size() - 1);
                stays.add(new Stay(cut.stage(), cut.from(), at));
                enter(corrected.toStage(), at);
            } else if (event instanceof OpportunityReassigned reassigned) {
                reassignments.add(reassigned);
                owners.add(new Owner(at, reassigned.ownerId(), reassigned.teamId()));
            } else if (event instanceof OpportunityCloseDateChanged changed) {
                closeDateChanges.add(changed);
                closeDate = changed.toDate();
            } else if (event instanceof OpportunityQualified && qualified == null) {
                qualified = at;
            } else if (event instanceof OpportunityWon w) {
                close(at);
                won = new Won(at, w.amount(), Set.copyOf(visited));
            } else if (event instanceof OpportunityLost lost) {
                close(at);
                losses.add(
                        new Loss(at, lost.fromStage(), lost.reason(), lost.competitor(), false, Set.copyOf(visited)));
            } else if (event instanceof OpportunityReopened reopened) {
                Loss loss = losses.remove(losses.size() - 1);
                losses.add(new Loss(loss.at(), loss.stage(), loss.reason(), loss.competitor(), true, loss.via()));
                reopens.add(at);
                enter(reopened.stage(), at);
            }
        }

        private void enter(String stage, Instant at) {
            stays.add(new Stay(stage, at, null));
            entered.merge(stage, at, (a, b) -> a.isBefore(b) ? a : b);
            visited.add(stage);
        }

        /** Ends the open stay, if any, at {@code at}. */
        private void close(Instant at) {
            if (!stays.isEmpty() && stays.get(stays.size() - 1).to() == null) {
                Stay last = stays.remove(stays.size() - 1);
                stays.add(new Stay(last.stage(), last.from(), at));
            }
        }

        Owner ownerAt(Instant at) {
            Owner owner = owners.get(0);
            for (Owner o : owners) {
                if (!o.from().isAfter(at)) {
                    owner = o;
                }
            }
            return owner;
        }

        boolean openNow() {
            return stays.get(stays.size() - 1).to() == null;
        }

        public String id() {
            return id;
        }
    }

    /** A lead with the opportunity it converted into, or an opportunity opened without a lead. */
    public record Journey(Lead lead, Deal deal) {
        Instant start() {
            return lead != null ? lead.created : deal.opened;
        }

        /** First entries: lead stages, the opportunity's, and WON. */
        Map<String, Instant> entries() {
            Map<String, Instant> entries = new HashMap<>();
            if (lead != null) {
                entries.putAll(lead.entered);
            }
            if (deal != null) {
                entries.putAll(deal.entered);
                if (deal.won != null) {
                    entries.put("WON", deal.won.at());
                }
            }
            return entries;
        }
    }

    // ---------------------------------------------------------------- slices and days

    /**
     * One dimension's value, or all ({@code dimension} null); {@code also} another dimension's value
     * the same facts must have (a filter on two dimensions, or a filter and a group).
     */
    public record Slice(String dimension, String value, Slice also) {
        public static final Slice ALL = new Slice(null, null);

        public Slice(String dimension, String value) {
            this(dimension, value, null);
        }

        public Slice and(String otherDimension, String otherValue) {
            return new Slice(dimension, value, new Slice(otherDimension, otherValue));
        }

        public String query() {
            return (dimension == null ? "" : "&" + dimension + "=" + value) + (also == null ? "" : also.query());
        }

        boolean on(String... dimensions) {
            return (dimension != null && List.of(dimensions).contains(dimension))
                    || (also != null && also.on(dimensions));
        }
    }

    public record Range(LocalDate from, LocalDate to) {
        public String query() {
            return "from=" + from + "&to=" + to;
        }
    }

    LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    boolean in(Range range, Instant at) {
        LocalDate day = day(at);
        return !day.isBefore(range.from()) && day.isBefore(range.to());
    }

    /** Whether a deal fact at {@code at} counts in the slice (a competitor only for losses naming it). */
    boolean dealIn(Slice slice, Deal deal, Instant at, String competitor) {
        Owner owner = deal.ownerAt(at);
        return dealIn(slice, deal, owner.rep(), owner.team(), competitor);
    }

    boolean dealIn(Slice slice, Deal deal, String rep, String team, String competitor) {
        if (slice.dimension() == null) {
            return true;
        }
        String value =
                switch (slice.dimension()) {
                    case "source" -> deal.source;
                    case "industry" -> deal.industry;
                    case "region" -> deal.region;
                    case "rep" -> rep;
                    case "team" -> team;
                    case "pipeline" -> pipelineId;
                    case "competitor" -> competitor;
                    default -> null;
                };
        return slice.value().equals(value)
                && (slice.also() == null || dealIn(slice.also(), deal, rep, team, competitor));
    }

    boolean leadIn(Slice slice, Lead lead) {
        return slice.dimension() == null
                || (slice.value().equals(lead.value(slice.dimension()))
                        && (slice.also() == null || leadIn(slice.also(), lead)));
    }

    /** The journey's slices: its opportunity's (owner and team now), else its lead's, plus the lead's own. */
    boolean journeyIn(Slice slice, Journey journey) {
        if (slice.dimension() == null) {
            return true;
        }
        if (slice.also() != null) {
            return journeyIn(new Slice(slice.dimension(), slice.value()), journey) && journeyIn(slice.also(), journey);
        }
        if (journey.lead() != null
                && (slice.dimension().equals("campaign") || slice.dimension().equals("contactRole"))) {
            return leadIn(slice, journey.lead());
        }
        Deal deal = journey.deal();
        if (deal == null) {
            return leadIn(slice, journey.lead());
        }
        String competitor = deal.losses.stream()
                .filter(l -> !l.withdrawn())
                .findFirst()
                .map(Loss::competitor)
                .orElse(null);
        return dealIn(slice, deal, Instant.MAX, competitor);
    }

    // ---------------------------------------------------------------- win rate, losses, deal size

    public record WinRate(long won, long lost, Double winRate) {}

    public WinRate winRate(Range range, Slice slice) {
        long won = wins(range, slice).size();
        long lost = losses(range, slice).size();
        return new WinRate(won, lost, fraction(won, won + lost));
    }

    public List<Deal> wins(Range range, Slice slice) {
        return deals.stream()
                .filter(d -> d.won != null && in(range, d.won.at()) && dealIn(slice, d, d.won.at(), null))
                .toList();
    }

    /** Standing losses on the range's days, with their deals. */
    public List<Map.Entry<Deal, Loss>> losses(Range range, Slice slice) {
        List<Map.Entry<Deal, Loss>> found = new ArrayList<>();
        for (Deal deal : deals) {
            for (Loss loss : deal.losses) {
                if (!loss.withdrawn() && in(range, loss.at()) && dealIn(slice, deal, loss.at(), loss.competitor())) {
                    found.add(Map.entry(deal, loss));
                }
            }
        }
        return found;
    }

    public record LossAnalysis(
            long lost, Map<String, Long> byReason, Map<String, Long> byStage, Map<String, Long> byCompetitor) {}

    public LossAnalysis lossAnalysis(Range range, Slice slice) {
        Map<String, Long> byReason = new TreeMap<>();
        Map<String, Long> byStage = new TreeMap<>();
        Map<String, Long> byCompetitor = new TreeMap<>();
        List<Map.Entry<Deal, Loss>> losses = losses(range, slice);
        for (Map.Entry<Deal, Loss> entry : losses) {
            Loss loss = entry.getValue();
            byReason.merge(loss.reason(), 1L, Long::sum);
            byStage.merge(loss.stage(), 1L, Long::sum);
            if (loss.competitor() != null) {
                byCompetitor.merge(loss.competitor(), 1L, Long::sum);
            }
        }
        return new LossAnalysis(losses.size(), byReason, byStage, byCompetitor);
    }

    public record DealSize(long won, Map<String, Long> wonIn, Map<String, BigDecimal> amount) {
        public BigDecimal average(String currency) {
            return amount.get(currency).divide(BigDecimal.valueOf(wonIn.get(currency)), 2, RoundingMode.HALF_UP);
        }
    }

    public DealSize dealSize(Range range, Slice slice) {
        Map<String, Long> wonIn = new TreeMap<>();
        Map<String, BigDecimal> amount = new TreeMap<>();
        List<Deal> wins = wins(range, slice);
        for (Deal deal : wins) {
            wonIn.merge(deal.won.amount().currency(), 1L, Long::sum);
            amount.merge(deal.won.amount().currency(), deal.won.amount().amount(), BigDecimal::add);
        }
        return new DealSize(wins.size(), wonIn, amount);
    }

    // ---------------------------------------------------------------- conversion

    public record Conversion(
            long leads,
            long converted,
            long opportunities,
            long qualified,
            long won,
            long wonQualified,
            long lostQualified,
            Double leadToOpportunity,
            Double opportunityToQualified,
            Double leadToQualified,
            Double qualifiedWinRate,
            Double qualifiedPerWin) {}

    public Conversion conversion(Range range, Slice slice) {
        boolean dealFigures = !slice.on("campaign", "contactRole");
        boolean leadFigures = !slice.on("pipeline", "competitor");
        long created = !leadFigures
                ? 0
                : leads.stream()
                        .filter(l -> in(range, l.created) && leadIn(slice, l))
                        .count();
        long converted = !leadFigures
                ? 0
                : leads.stream()
                        .filter(l -> l.converted != null && in(range, l.converted) && leadIn(slice, l))
                        .count();
        long opened = !dealFigures
                ? 0
                : deals.stream()
                        .filter(d -> in(range, d.opened) && dealIn(slice, d, d.opened, null))
                        .count();
        long qualified = !dealFigures
                ? 0
                : deals.stream()
                        .filter(d ->
                                d.qualified != null && in(range, d.qualified) && dealIn(slice, d, d.qualified, null))
                        .count();
        List<Deal> wins = dealFigures ? wins(range, slice) : List.of();
        long wonQualified = wins.stream()
                .filter(d -> d.qualified != null && !d.qualified.isAfter(d.won.at()))
                .count();
        long lostQualified = !dealFigures
                ? 0
                : losses(range, slice).stream()
                        .filter(e -> e.getKey().qualified != null
                                && !e.getKey().qualified.isAfter(e.getValue().at()))
                        .count();
        return new Conversion(
                created,
                converted,
                opened,
                qualified,
                wins.size(),
                wonQualified,
                lostQualified,
                fraction(converted, created),
                fraction(qualified, opened),
                fraction(qualified, created),
                fraction(wonQualified, wonQualified + lostQualified),
                fraction(qualified, wins.size()));
    }

    // ---------------------------------------------------------------- funnel

    static int rank(String stage) {
        if (LEAD_STAGES.contains(stage)) {
            return LEAD_STAGES.indexOf(stage);
        }
        if (stage.equals("WON")) {
            return LEAD_STAGES.size() + GeneratedOrg.STAGES.size();
        }
        return LEAD_STAGES.size() + GeneratedOrg.STAGES.indexOf(stage);
    }

    /** {@code stageEntry} false: the journeys started in the range; true: those that got there during it. */
    public List<Long> funnel(List<String> stages, Range range, Slice slice, boolean stageEntry, boolean strict) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            long count = 0;
            for (Journey journey : journeys) {
                if (!journeyIn(slice, journey) || (!stageEntry && range != null && !in(range, journey.start()))) {
                    continue;
                }
                Instant got = strict ? strictlyGot(journey, stages.subList(0, i + 1)) : reached(journey, stages.get(i));
                if (got != null && (!stageEntry || in(range, got))) {
                    count++;
                }
            }
            counts.add(count);
        }
        return counts;
    }

    /** When the journey first entered the stage or one ranked after it; null if never. */
    private static Instant reached(Journey journey, String stage) {
        return journey.entries().entrySet().stream()
                .filter(e -> rank(e.getKey()) >= rank(stage))
                .map(Map.Entry::getValue)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** When the journey entered the last listed stage, having entered the others before in order; else null. */
    private static Instant strictlyGot(Journey journey, List<String> listed) {
        List<String> path = journey.entries().entrySet().stream()
                .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        int at = -1;
        for (String stage : listed) {
            int next = path.subList(at + 1, path.size()).indexOf(stage);
            if (next < 0) {
                return null;
            }
            at = at + 1 + next;
        }
        return journey.entries().get(listed.get(listed.size() - 1));
    }

    // ---------------------------------------------------------------- cycle time

    /** Durations in days of the wins' cycles (opening to win) on the range's days. */
    public List<Double> cycles(Range range, Slice slice) {
        return wins(range, slice).stream()
                .map(d -> days(d.opened, d.won.at()))
                .sorted()
                .toList();
    }

    /** Durations in days of the journeys won on the range's days, from their start. */
    public List<Double> journeyCycles(Range range, Slice slice) {
        return journeys.stream()
                .filter(j -> j.deal() != null && j.deal().won != null)
                .filter(j -> in(range, j.deal().won.at()) && journeyIn(slice, j))
                .map(j -> days(j.start(), j.deal().won.at()))
                .sorted()
                .toList();
    }

    /** Durations in days of the stays in each stage that ended on the range's days. */
    public Map<String, List<Double>> stays(Range range, Slice slice) {
        Map<String, List<Double>> stays = new TreeMap<>();
        for (Lead lead : leads) {
            for (Stay stay : lead.stays) {
                if (stay.to() != null && in(range, stay.to()) && leadIn(slice, lead)) {
                    stays.computeIfAbsent(stay.stage(), s -> new ArrayList<>()).add(days(stay.from(), stay.to()));
                }
            }
        }
        for (Deal deal : deals) {
            for (Stay stay : deal.stays) {
                if (stay.to() != null && in(range, stay.to()) && dealIn(slice, deal, stay.to(), null)) {
                    stays.computeIfAbsent(stay.stage(), s -> new ArrayList<>()).add(days(stay.from(), stay.to()));
                }
            }
        }
        stays.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return stays;
    }

    /** The whole days each open deal has been in its stage today, by stage. */
    public Map<String, List<Long>> ages(LocalDate today) {
        Map<String, List<Long>> ages = new TreeMap<>();
        for (Deal deal : deals) {
            if (deal.openNow()) {
                Stay stay = deal.stays.get(deal.stays.size() - 1);
                ages.computeIfAbsent(stay.stage(), s -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(day(stay.from()), today));
            }
        }
        return ages;
    }

    static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / MILLIS_PER_DAY;
    }

    // ---------------------------------------------------------------- pipeline

    /** Open deals and their value, per stage, at the end of a day. */
    public record Pipeline(long open, Map<String, Long> count, Map<String, Map<String, BigDecimal>> value) {}

    public Pipeline pipeline(LocalDate asOf, Slice slice) {
        Map<String, Long> count = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> value = new TreeMap<>();
        long open = 0;
        for (Deal deal : openAt(asOf, slice)) {
            Stay stay = stayAt(deal, asOf);
            open++;
            count.merge(stay.stage(), 1L, Long::sum);
            value.computeIfAbsent(stay.stage(), s -> new TreeMap<>())
                    .merge(deal.amount.currency(), deal.amount.amount(), BigDecimal::add);
        }
        return new Pipeline(open, count, value);
    }

    List<Deal> openAt(LocalDate asOf, Slice slice) {
        return deals.stream()
                .filter(d -> stayAt(d, asOf) != null)
                .filter(d -> dealIn(slice, d, endOf(asOf), null))
                .toList();
    }

    /** The stay a deal was open in at the end of the day, or null. */
    Stay stayAt(Deal deal, LocalDate asOf) {
        for (Stay stay : deal.stays) {
            if (!day(stay.from()).isAfter(asOf)
                    && (stay.to() == null || day(stay.to()).isAfter(asOf))) {
                return stay;
            }
        }
        return null;
    }

    /** The last instant of a day, for slices that change during it. */
    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    // ---------------------------------------------------------------- pipeline changes

    /** One waterfall term: how many and their value per currency. */
    public record Tally(long count, Map<String, BigDecimal> value) {
        static Tally of(List<Money> amounts) {
            Map<String, BigDecimal> value = new TreeMap<>();
            amounts.forEach(m -> value.merge(m.currency(), m.amount(), BigDecimal::add));
            value.values().removeIf(v -> v.signum() == 0);
            return new Tally(amounts.size(), value);
        }
    }

    public Map<String, Tally> pipelineChanges(Range range, Slice slice) {
        Map<String, Tally> terms = new TreeMap<>();
        terms.put("start", Tally.of(amounts(openAt(range.from().minusDays(1), slice))));
        terms.put("end", Tally.of(amounts(openAt(range.to().minusDays(1), slice))));
        List<Money> opened = new ArrayList<>();
        List<Money> reopened = new ArrayList<>();
        List<Money> won = new ArrayList<>();
        List<Money> lost = new ArrayList<>();
        List<Money> in = new ArrayList<>();
        List<Money> out = new ArrayList<>();
        List<Money> advanced = new ArrayList<>();
        List<Money> back = new ArrayList<>();
        List<Money> slipped = new ArrayList<>();
        List<Money> pulledIn = new ArrayList<>();
        for (Deal deal : deals) {
            if (in(range, deal.opened) && dealIn(slice, deal, deal.opened, null)) {
                opened.add(deal.amount);
            }
            deal.reopens.stream()
                    .filter(at -> in(range, at) && dealIn(slice, deal, at, null))
                    .forEach(at -> reopened.add(deal.amount));
            if (deal.won != null && in(range, deal.won.at()) && dealIn(slice, deal, deal.won.at(), null)) {
                won.add(deal.amount);
            }
            deal.losses.stream()
                    .filter(l -> in(range, l.at()) && dealIn(slice, deal, l.at(), null))
                    .forEach(l -> lost.add(deal.amount));
            for (OpportunityReassigned r : deal.reassignments) {
                if (in(range, r.occurredAt())) {
                    boolean before = dealIn(slice, deal, r.fromOwnerId(), r.fromTeamId(), null);
                    boolean after = dealIn(slice, deal, r.ownerId(), r.teamId(), null);
                    if (before && !after) {
                        out.add(deal.amount);
                    } else if (after && !before) {
                        in.add(deal.amount);
                    }
                }
            }
            for (Move move : deal.moves) {
                if (in(range, move.at()) && dealIn(slice, deal, move.at(), null)) {
                    (rank(move.to()) > rank(move.from()) ? advanced : back).add(deal.amount);
                }
            }
            for (OpportunityCloseDateChanged change : deal.closeDateChanges) {
                if (in(range, change.occurredAt()) && dealIn(slice, deal, change.occurredAt(), null)) {
                    (change.toDate().isAfter(change.fromDate()) ? slipped : pulledIn).add(deal.amount);
                }
            }
        }
        terms.put("new", Tally.of(opened));
        terms.put("reopened", Tally.of(reopened));
        terms.put("won", Tally.of(won));
        terms.put("lost", Tally.of(lost));
        terms.put("reassignedIn", Tally.of(in));
        terms.put("reassignedOut", Tally.of(out));
        terms.put("advanced", Tally.of(advanced));
        terms.put("movedBack", Tally.of(back));
        terms.put("slipped", Tally.of(slipped));
        terms.put("pulledIn", Tally.of(pulledIn));
        terms.put("increased", Tally.of(List.of()));
        terms.put("decreased", Tally.of(List.of()));
        terms.put("unclassified", Tally.of(List.of()));
        return terms;
    }

    private static List<Money> amounts(List<Deal> deals) {
        return deals.stream().map(d -> d.amount).toList();
    }

    // ---------------------------------------------------------------- reps

    public record RepEntry(
            long won,
            long lost,
            Double winRate,
            Map<String, BigDecimal> wonAmount,
            Double cycleMeanDays,
            Map<String, BigDecimal> quota,
            Map<String, Double> attainment) {}

    public Map<String, RepEntry> reps(Range period) {
        Set<String> reps = new TreeSet<>(quotas.keySet());
        reps.addAll(closers(period, Slice.ALL));
        Map<String, RepEntry> entries = new TreeMap<>();
        reps.forEach(rep -> entries.put(rep, rep(period, Slice.ALL, rep)));
        return entries;
    }

    /** The reps who won or lost a deal of {@code within} during the period. */
    public Set<String> closers(Range period, Slice within) {
        Set<String> reps = new TreeSet<>();
        wins(period, within).forEach(d -> reps.add(d.ownerAt(d.won.at()).rep()));
        losses(period, within)
                .forEach(e -> reps.add(e.getKey().ownerAt(e.getValue().at()).rep()));
        return reps;
    }

    /** One rep's entry for the deals of {@code within}, against the rep's whole quota. */
    public RepEntry rep(Range period, Slice within, String rep) {
        Slice slice = within.dimension() == null ? new Slice("rep", rep) : within.and("rep", rep);
        WinRate rate = winRate(period, slice);
        DealSize size = dealSize(period, slice);
        Map<String, BigDecimal> quota = new TreeMap<>();
        Map<String, Double> attainment = new TreeMap<>();
        Money target = quotas.get(rep);
        if (target != null) {
            quota.put(target.currency(), target.amount());
            BigDecimal won = size.amount().getOrDefault(target.currency(), BigDecimal.ZERO);
            attainment.put(
                    target.currency(),
                    won.divide(target.amount(), 4, RoundingMode.HALF_UP).doubleValue());
        }
        return new RepEntry(
                rate.won(), rate.lost(), rate.winRate(), size.amount(), mean(cycles(period, slice)), quota, attainment);
    }

    // ---------------------------------------------------------------- velocity, forecast, stalled

    /** Per currency, as the velocity KPI defines it from the range's win rate, deal size and cycle. */
    public Map<String, BigDecimal> velocity(Range range) {
        long open = pipeline(range.to().minusDays(1), Slice.ALL).open();
        Double winRate = winRate(range, Slice.ALL).winRate();
        Double cycle = mean(cycles(range, Slice.ALL));
        DealSize size = dealSize(range, Slice.ALL);
        Map<String, BigDecimal> perDay = new TreeMap<>();
        size.amount()
                .forEach((currency, amount) -> perDay.put(
                        currency,
                        BigDecimal.valueOf(open)
                                .multiply(BigDecimal.valueOf(winRate))
                                .multiply(amount.divide(
                                        BigDecimal.valueOf(size.wonIn().get(currency)), MathContext.DECIMAL64))
                                .divide(BigDecimal.valueOf(cycle), 2, RoundingMode.HALF_UP)));
        return perDay;
    }

    /** Won after having been in the stage / closed after having been in it, over all history. */
    public Map<String, Double> learnedProbability() {
        Map<String, long[]> counts = new TreeMap<>();
        for (Deal deal : deals) {
            if (deal.won != null) {
                deal.won.via().forEach(s -> {
                    long[] c = counts.computeIfAbsent(s, x -> new long[2]);
                    c[0]++;
                    c[1]++;
                });
            }
            deal.losses.stream().filter(l -> !l.withdrawn()).forEach(l -> l.via()
                    .forEach(s -> counts.computeIfAbsent(s, x -> new long[2])[1]++));
        }
        Map<String, Double> learned = new TreeMap<>();
        counts.forEach((stage, c) -> learned.put(stage, fraction(c[0], c[1])));
        return learned;
    }

    /** month ("overdue", "none" or yyyy-MM) → currency → {amount, weighted, learned}. */
    public Map<String, Map<String, BigDecimal[]>> forecast(LocalDate today) {
        Map<String, Double> learned = learnedProbability();
        Map<String, Map<String, BigDecimal[]>> months = new TreeMap<>();
        for (Deal deal : deals) {
            if (!deal.openNow()) {
                continue;
            }
            String stage = deal.stays.get(deal.stays.size() - 1).stage();
            String month = deal.closeDate == null
                    ? "none"
                    : YearMonth.from(deal.closeDate).isBefore(YearMonth.from(today))
                            ? "overdue"
                            : YearMonth.from(deal.closeDate).toString();
            BigDecimal[] sums = months.computeIfAbsent(month, m -> new TreeMap<>())
                    .computeIfAbsent(deal.amount.currency(), c ->
                            new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal amount = deal.amount.amount();
            sums[0] = sums[0].add(amount);
            sums[1] = sums[1].add(amount.multiply(
                            BigDecimal.valueOf(GeneratedOrg.PROBABILITIES.get(GeneratedOrg.STAGES.indexOf(stage))))
                    .movePointLeft(2));
            sums[2] = sums[2].add(amount.multiply(BigDecimal.valueOf(learned.get(stage))));
        }
        months.values().forEach(byCurrency -> byCurrency.values().forEach(sums -> {
            for (int i = 0; i < sums.length; i++) {
                sums[i] = sums[i].setScale(2, RoundingMode.HALF_UP);
            }
        }));
        return months;
    }

    public Set<String> openDealIds() {
        Set<String> ids = new TreeSet<>();
        deals.stream().filter(Deal::openNow).forEach(d -> ids.add(d.id));
        return ids;
    }

    // ---------------------------------------------------------------- arithmetic as the API states it

    public static Double fraction(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part)
                        .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                        .doubleValue();
    }

    public static Double mean(List<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        double sum = values.stream().mapToDouble(Number::doubleValue).sum();
        return BigDecimal.valueOf(sum / values.size())
                .setScale(4, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
