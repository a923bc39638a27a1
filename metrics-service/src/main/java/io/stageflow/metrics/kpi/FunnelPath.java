package io.stageflow.metrics.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stages a journey entered, each once, in the order of its first entries: lead stages, then the
 * opportunity's (on {@code pipelineId} version {@code version}; none before it opened), then the win.
 * As a figure it is the key of the funnel: the cells count journeys by path, and the funnel query
 * answers any list of stages, reached or strict, from the paths. Encoded, a path is
 * {@code pipeline|version|lead>…|deal>…|W}, with {@code %}, {@code |} and {@code >} in stage names
 * percent-escaped so that any free-text name round-trips.
 */
record FunnelPath(String pipelineId, int version, List<String> lead, List<String> deal, boolean won) {
    static final String WON = "WON";

    enum Kind {
        LEAD,
        DEAL,
        WON
    }

    record Step(Kind kind, String stage) {}

    FunnelPath {
        lead = List.copyOf(lead);
        deal = List.copyOf(deal);
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>(lead.size() + deal.size() + 1);
        lead.forEach(stage -> steps.add(new Step(Kind.LEAD, stage)));
        deal.forEach(stage -> steps.add(new Step(Kind.DEAL, stage)));
        if (won) {
            steps.add(new Step(Kind.WON, WON));
        }
        return steps;
    }

    /** The path up to and including its {@code n}th step (1-based): what an entry figure records. */
    FunnelPath upTo(int n) {
        int leads = Math.min(n, lead.size());
        int deals = Math.min(n - leads, deal.size());
        return new FunnelPath(
                pipelineId, version, lead.subList(0, leads), deal.subList(0, deals), n > lead.size() + deal.size());
    }

    String encode() {
        return String.join(
                "|",
                escape(pipelineId == null ? "" : pipelineId),
                version == 0 ? "" : Integer.toString(version),
                join(lead),
                join(deal),
                won ? "W" : "");
    }

    static FunnelPath decode(String encoded) {
        String[] parts = encoded.split("\\|", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a funnel path: '" + encoded + "'");
        }
        return new FunnelPath(
                parts[0].isEmpty() ? null : unescape(parts[0]),
                parts[1].isEmpty() ? 0 : Integer.parseInt(parts[1]),
                split(parts[2]),
                split(parts[3]),
                parts[4].equals("W"));
    }

    private static String join(List<String> stages) {
        return String.join(">", stages.stream().map(FunnelPath::escape).toList());
    }

    private static List<String> split(String joined) {
        return joined.isEmpty()
                ? List.of()
                : Arrays.stream(joined.split(">", -1)).map(FunnelPath::unescape).toList();
    }

    private static String escape(String text) {
        return text.replace("%", "%25").replace("|", "%7C").replace(">", "%3E");
    }

    private static String unescape(String text) {
        return text.replace("%3E", ">").replace("%7C", "|").replace("%25", "%");
    }
}
