package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.platform.demo.StageflowClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The BOLA/BFLA suite: every endpoint, called through the gateway by every role of two tenants and
 * without a token, answers exactly the access the sharing model gives (docs/security.md). Each row
 * names what the nine callers get, in this order:
 *
 * <pre>
 *   rita  rep of north, who owns the records under test
 *   ron   another rep of north
 *   mia   manager of north
 *   sam   manager of south
 *   eve   executive
 *   ann   analyst
 *   ada   admin
 *   gus   executive and admin of another tenant
 *   none  no token
 * </pre>
 *
 * A for allowed (2xx, or 409/412/422: refused by the record's state, after access was granted), F for
 * 403, N for 404 (a record the caller may not see answers like a missing one), U for 401. Records a
 * row changes are fresh for that row, owned by rita in north, so the rows do not depend on each other.
 */
class AccessMatrixIT {
    private static final String TENANT =
            "matrix-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OTHER_TENANT = TENANT + "-other";
    private static final Instant CREATED =
            Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String LATER = CREATED.plus(1, ChronoUnit.DAYS).toString();
    private static final String YEAR = "2026";

    private static LocalPlatform platform;
    private static final Map<String, Persona> PERSONAS = new LinkedHashMap<>();
    private static StageflowClient owner;
    private static StageflowClient setUp;
    private static String pipelineId;

    record Persona(String user, String team, StageflowClient client) {}

    @BeforeAll
    static void signIn() {
        platform = RunningPlatform.get();
        persona("rita", TENANT, List.of("rep"), "north");
        persona("ron", TENANT, List.of("rep"), "north");
        persona("mia", TENANT, List.of("manager"), "north");
        persona("sam", TENANT, List.of("manager"), "south");
        persona("eve", TENANT, List.of("executive"), null);
        persona("ann", TENANT, List.of("analyst"), null);
        persona("ada", TENANT, List.of("admin"), null);
        persona("gus", OTHER_TENANT, List.of("executive", "admin"), null);
        PERSONAS.put("none", new Persona("none", null, StageflowClient.anonymous(platform.gatewayUrl())));
        owner = PERSONAS.get("rita").client();
        setUp = StageflowClient.signIn(platform.gatewayUrl(), TENANT, "setup", List.of("executive", "admin"));
        pipelineId = setUp.post("/api/pipelines", pipeline("Matrix"))
                .path("pipelineId")
                .asText();
        setUp.send("PUT", "/api/quotas/rep/rita/" + YEAR, Map.of("amount", 100000, "currency", "EUR"))
                .requireSuccess();
        setUp.send("PUT", "/api/marketing-spend/web/" + YEAR, Map.of("amount", 5000, "currency", "EUR"))
                .requireSuccess();
    }

    private static void persona(String user, String tenant, List<String> roles, String team) {
        List<String> teams = team == null ? List.of() : List.of(team);
        PERSONAS.put(
                user,
                new Persona(user, team, StageflowClient.signIn(platform.gatewayUrl(), tenant, user, roles, teams)));
    }

    @Test
    void leads() {
        List<String> failures = new ArrayList<>();
        Supplier<String> lead = () -> "/api/leads/" + newLead();
        check(failures, "create a lead of one's own", "AAAAAFFAU", who -> call("POST", "/api/leads", leadOf(who)));
        check(failures, "list leads", "AAAAAFFAU", who -> call("GET", "/api/leads", null));
        sharedRecordRows(failures, "lead", lead, "CONTACTED");
        each(
                failures,
                "disqualify a lead",
                "ANANAFFNU",
                lead,
                path -> call("POST", path + "/disqualify", Map.of("reason", "no budget")));
        each(
                failures,
                "convert a lead",
                "ANANAFFNU",
                lead,
                path -> call("POST", path + "/convert", Map.of("amount", 1000, "currency", "EUR")));
        assertThat(failures).isEmpty();
    }

    @Test
    void opportunities() {
        List<String> failures = new ArrayList<>();
        Supplier<String> deal = () -> "/api/opportunities/" + newDeal();
        check(
                failures,
                "open a deal of one's own",
                "AAAAAFFAU",
                who -> call("POST", "/api/opportunities", dealOf(who)));
        check(failures, "list deals", "AAAAAFFAU", who -> call("GET", "/api/opportunities", null));
        sharedRecordRows(failures, "deal", deal, "PROPOSAL");
        each(failures, "win a deal", "ANANAFFNU", deal, path -> call("POST", path + "/win", Map.of()));
        each(
                failures,
                "lose a deal",
                "ANANAFFNU",
                deal,
                path -> call("POST", path + "/lose", Map.of("reason", "price")));
        each(
                failures,
                "change a deal's amount",
                "ANANAFFNU",
                deal,
                path -> call("POST", path + "/amount", Map.of("amount", 2500, "currency", "EUR")));
        each(
                failures,
                "change a deal's close date",
                "ANANAFFNU",
                deal,
                path -> call("POST", path + "/close-date", Map.of("expectedCloseDate", "2027-03-31")));
        each(
                failures,
                "change a deal's fields",
                "ANANAFFNU",
                deal,
                path -> call("POST", path + "/fields", Map.of("fields", Map.of("budget", "yes"))));
        String account = newAccount();
        each(
                failures,
                "link a deal to an account",
                "ANANAFFNU",
                deal,
                path -> call("POST", path + "/account", Map.of("accountId", account)));
        assertThat(failures).isEmpty();
    }

    /** The rows leads and deals share: read, move, correct, reopen and reassign one of rita's. */
    private static void sharedRecordRows(List<String> failures, String kind, Supplier<String> record, String stage) {
        each(failures, "read a " + kind, "ANANAFFNU", record, path -> call("GET", path, null));
        each(failures, "move a " + kind, "ANANAFFNU", record, path -> call("POST", path + "/stage", stage(stage)));
        each(
                failures,
                "correct a " + kind + "'s stage",
                "ANANAFFNU",
                record,
                path -> call(
                        "POST",
                        path + "/stage-corrections",
                        Map.of("stage", stage, "occurredAt", LATER, "reason", "logged late")));
        each(failures, "reopen a " + kind, "ANANAFFNU", record, path -> call("POST", path + "/reopen", Map.of()));
        // Giving rita's record to rita is allowed to those who may assign her; to others a 403 on the body alone.
        each(
                failures,
                "reassign a " + kind,
                "AFAFAFFNU",
                record,
                path -> call("POST", path + "/reassign", Map.of("ownerId", "rita", "teamId", "north")));
    }

    @Test
    void accounts() {
        List<String> failures = new ArrayList<>();
        Supplier<String> account = () -> "/api/accounts/" + newAccount();
        check(
                failures,
                "create an account of one's own",
                "AAAAAFFAU",
                who -> call("POST", "/api/accounts", accountOf(who)));
        check(failures, "list accounts", "AAAAAFFAU", who -> call("GET", "/api/accounts", null));
        // Accounts are shared by the tenant's sales roles; only the owner, managers and executives change them.
        each(failures, "read an account", "AAAAAFFNU", account, path -> call("GET", path, null));
        each(
                failures,
                "churn an account",
                "AFAAAFFNU",
                account,
                path -> call("POST", path + "/churn", Map.of("reason", "budget cut")));
        each(failures, "renew an account", "AFAAAFFNU", account, path -> call("POST", path + "/renew", Map.of()));
        assertThat(failures).isEmpty();
    }

    @Test
    void configuration() {
        List<String> failures = new ArrayList<>();
        String pipeline = "/api/pipelines/" + pipelineId;
        check(failures, "list pipelines", "AAAAAAAAU", who -> call("GET", "/api/pipelines", null));
        check(failures, "read a pipeline", "AAAAAAANU", who -> call("GET", pipeline, null));
        check(failures, "read a pipeline version", "AAAAAAANU", who -> call("GET", pipeline + "/versions/1", null));
        check(
                failures,
                "define a pipeline",
                "FFFFFFAAU",
                who -> call("POST", "/api/pipelines", pipeline("By " + who.user())));
        check(
                failures,
                "version a pipeline",
                "FFFFFFANU",
                who -> call("POST", pipeline + "/versions", pipeline("Matrix")));
        for (String kind : List.of("loss", "disqualify")) {
            check(
                    failures,
                    "read the " + kind + " reasons",
                    "AAAAAAAAU",
                    who -> call("GET", "/api/reason-lists/" + kind, null));
            check(
                    failures,
                    "set the " + kind + " reasons",
                    "FFFFFFAAU",
                    who -> call(
                            "PUT",
                            "/api/reason-lists/" + kind,
                            Map.of("reasons", List.of("price", "budget", "other"))));
        }
        String quota = "/api/quotas/rep/rita/" + YEAR;
        check(
                failures,
                "set a quota",
                "FFFFFFAAU",
                who -> call("PUT", "/api/quotas/rep/ron/" + YEAR, Map.of("amount", 50000, "currency", "EUR")));
        check(failures, "read a quota", "FFAAAAANU", who -> call("GET", quota, null));
        check(failures, "list quotas", "FFAAAAAAU", who -> call("GET", "/api/quotas", null));
        String spend = "/api/marketing-spend/web/" + YEAR;
        check(
                failures,
                "set marketing spend",
                "FFFFFFAAU",
                who -> call("PUT", "/api/marketing-spend/event/" + YEAR, Map.of("amount", 1000, "currency", "EUR")));
        check(failures, "read marketing spend", "FFFFAAANU", who -> call("GET", spend, null));
        check(failures, "list marketing spend", "FFFFAAAAU", who -> call("GET", "/api/marketing-spend", null));
        assertThat(failures).isEmpty();
    }

    @Test
    void metrics() {
        List<String> failures = new ArrayList<>();
        String range = "from=" + YEAR + "-01-01&to=" + (Integer.parseInt(YEAR) + 1) + "-01-01";
        for (String kpi : List.of(
                "funnel?" + range,
                "win-rate?" + range,
                "loss-analysis?" + range,
                "conversion?" + range,
                "pipeline",
                "pipeline-changes?" + range,
                "velocity?" + range,
                "forecast",
                "stalled",
                "deal-size?" + range,
                "cycle-time?" + range,
                "reps?period=" + YEAR)) {
            // Reps and managers get their own scope, everyone but the admin of this tenant reads.
            check(failures, kpi, "AAAAAAFAU", who -> call("GET", "/api/metrics/" + kpi, null));
        }
        check(
                failures,
                "another rep's win rate",
                "FAAAAAFAU",
                who -> call("GET", "/api/metrics/win-rate?rep=ron&" + range, null));
        check(
                failures,
                "another team's win rate",
                "AAFAAAFAU",
                who -> call("GET", "/api/metrics/win-rate?team=south&" + range, null));
        check(
                failures,
                "the teams leaderboard",
                "FFAAAAFAU",
                who -> call("GET", "/api/metrics/reps?by=team&period=" + YEAR, null));
        check(
                failures,
                "unit economics",
                "FFFFAAFAU",
                who -> call("GET", "/api/metrics/unit-economics?" + range, null));
        check(failures, "projection status", "AAAAAAAAU", who -> call("GET", "/api/metrics/status", null));
        check(failures, "parked events", "FFFFFFAAU", who -> call("GET", "/api/admin/dead-letters", null));
        check(failures, "retry parked events", "FFFFFFAAU", who -> call("POST", "/api/admin/dead-letters/retry", null));
        check(
                failures,
                "evict parked events",
                "FFFFFFNNU",
                who -> call("DELETE", "/api/admin/dead-letters/opp-with-nothing-parked", null));
        assertThat(failures).isEmpty();
    }

    @Test
    void listsShowEachCallerOnlyTheRecordsTheyMaySee() {
        String lead = newLead();
        String deal = newDeal();
        Map<String, Boolean> seesLead = new LinkedHashMap<>();
        Map<String, Boolean> seesDeal = new LinkedHashMap<>();
        for (String user : List.of("rita", "ron", "mia", "sam", "eve", "gus")) {
            StageflowClient client = PERSONAS.get(user).client();
            seesLead.put(user, listed(() -> client.get("/api/leads?size=200").toString(), lead, user));
            seesDeal.put(
                    user, listed(() -> client.get("/api/opportunities?size=200").toString(), deal, user));
        }
        Map<String, Boolean> expected =
                Map.of("rita", true, "ron", false, "mia", true, "sam", false, "eve", true, "gus", false);
        assertThat(seesLead).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(seesDeal).containsExactlyInAnyOrderEntriesOf(expected);
    }

    /** Whether a list shows the record; lists trail writes, so the ones that should are waited for. */
    private static boolean listed(Supplier<String> list, String id, String user) {
        boolean shouldSee = List.of("rita", "mia", "eve").contains(user);
        long deadline = System.nanoTime() + 30_000_000_000L;
        boolean seen = list.get().contains(id);
        while (shouldSee && !seen && System.nanoTime() < deadline) {
            pause();
            seen = list.get().contains(id);
        }
        return seen;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- the matrix ------------------------------------------------------------------------------

    /** One row: {@code request} as each caller, against the same target. */
    private static void check(List<String> failures, String row, String expected, Function<Persona, Call> request) {
        int column = 0;
        StringBuilder got = new StringBuilder();
        for (Persona who : PERSONAS.values()) {
            got.append(outcome(request.apply(who).as(who), failures, row, who));
            column++;
        }
        assertThat(column).isEqualTo(expected.length());
        if (!got.toString().equals(expected)) {
            failures.add(row + ": expected " + expected + " but got " + got);
        }
    }

    /** One row against a fresh target per caller, made by {@code target}. */
    private static void each(
            List<String> failures,
            String row,
            String expected,
            Supplier<String> target,
            Function<String, Call> request) {
        StringBuilder got = new StringBuilder();
        for (Persona who : PERSONAS.values()) {
            got.append(outcome(request.apply(target.get()).as(who), failures, row, who));
        }
        if (!got.toString().equals(expected)) {
            failures.add(row + ": expected " + expected + " but got " + got);
        }
    }

    private static char outcome(StageflowClient.Response response, List<String> failures, String row, Persona who) {
        int status = response.status();
        if (status >= 500 || status == 400) {
            failures.add(row + " as " + who.user() + ": " + status + " " + response.body());
        }
        return switch (status) {
            case 401 -> 'U';
            case 403 -> 'F';
            case 404 -> 'N';
            default -> status < 300 || status == 409 || status == 412 || status == 422 ? 'A' : '?';
        };
    }

    record Call(String method, String path, Object body) {
        StageflowClient.Response as(Persona who) {
            return who.client().send(method, path, body);
        }
    }

    private static Call call(String method, String path, Object body) {
        return new Call(method, path, body);
    }

    // --- records under test -----------------------------------------------------------------------

    private static String newLead() {
        return owner.post("/api/leads", leadOf(new Persona("rita", "north", owner)))
                .path("leadId")
                .asText();
    }

    private static String newDeal() {
        return owner.post("/api/opportunities", dealOf(new Persona("rita", "north", owner)))
                .path("opportunityId")
                .asText();
    }

    private static String newAccount() {
        return owner.post("/api/accounts", accountOf(new Persona("rita", "north", owner)))
                .path("accountId")
                .asText();
    }

    private static Map<String, Object> leadOf(Persona who) {
        return Map.of(
                "source",
                "web",
                "industry",
                "retail",
                "region",
                "EMEA",
                "ownerId",
                who.user(),
                "teamId",
                who.team() == null ? "north" : who.team(),
                "occurredAt",
                CREATED.toString());
    }

    private static Map<String, Object> dealOf(Persona who) {
        Map<String, Object> deal = new LinkedHashMap<>(leadOf(who));
        deal.put("amount", 1000);
        deal.put("currency", "EUR");
        return deal;
    }

    private static Map<String, Object> accountOf(Persona who) {
        return Map.of(
                "name",
                "Account of " + who.user(),
                "industry",
                "retail",
                "region",
                "EMEA",
                "ownerId",
                who.user(),
                "occurredAt",
                CREATED.toString());
    }

    private static Map<String, Object> stage(String stage) {
        return Map.of("stage", stage, "occurredAt", LATER);
    }

    private static Map<String, Object> pipeline(String name) {
        return Map.of(
                "name",
                name,
                "qualifyingStage",
                "Proposal",
                "stages",
                List.of(Map.of("name", "Discovery", "probability", 10), Map.of("name", "Proposal", "probability", 50)));
    }
}
