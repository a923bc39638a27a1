package io.stageflow.kit.reasons;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import io.stageflow.events.ids.ReasonListId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.ReasonListDefined;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReasonListTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final ReasonListId LIST = new ReasonListId("reasons.disqualify.acme");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final List<String> FIRST = List.of("no budget", "spam");

    private FixtureConfiguration<ReasonList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReasonList.class);
    }

    private static DefineReasonList define(Instant at, Long expectedVersion, String... reasons) {
        return new DefineReasonList(TENANT, ReasonKind.DISQUALIFY, Arrays.asList(reasons), at, expectedVersion);
    }

    private static ReasonListDefined defined(Instant at, int version, List<String> reasons) {
        return new ReasonListDefined(TENANT, LIST, at, version, "DISQUALIFY", reasons);
    }

    @Test
    void firstDefinitionCreatesVersionOneOfTheTenantsList() {
        fixture.givenNoPriorActivity()
                .when(define(T0, null, "no budget", "spam"))
                .expectEvents(defined(T0, 1, FIRST))
                .expectResultMessagePayload(new ReasonListView("disqualify", 1, FIRST, false));
    }

    @Test
    void redefinitionReplacesTheWholeListAsTheNextVersion() {
        fixture.given(defined(T0, 1, FIRST))
                .when(define(T1, 1L, "no budget", "kein Bedarf", "预算不足"))
                .expectEvents(defined(T1, 2, List.of("no budget", "kein Bedarf", "预算不足")))
                .expectResultMessagePayload(
                        new ReasonListView("disqualify", 2, List.of("no budget", "kein Bedarf", "预算不足"), false));
    }

    @Test
    void reasonsAreStoredTrimmedInTheOrderGiven() {
        fixture.givenNoPriorActivity()
                .when(define(T0, null, "  spam ", "\tno budget"))
                .expectEvents(defined(T0, 1, List.of("spam", "no budget")));
    }

    @Test
    void reorderingIsAChange() {
        fixture.given(defined(T0, 1, FIRST))
                .when(define(T1, null, "spam", "no budget"))
                .expectEvents(defined(T1, 2, List.of("spam", "no budget")));
    }

    @Test
    void definingTheCurrentListAgainChangesNothingAndIsRefused() {
        fixture.given(defined(T0, 1, FIRST))
                .when(define(T1, null, " no budget", "spam "))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("nothing changes"))
                .expectNoEvents();
    }

    @Test
    void definingTheDefaultsPinsThemAsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new DefineReasonList(TENANT, ReasonKind.DISQUALIFY, ReasonKind.DISQUALIFY.defaults(), T0, 0L))
                .expectEvents(defined(T0, 1, ReasonKind.DISQUALIFY.defaults()));
    }

    @Test
    void ifMatchZeroMeansStillOnTheDefaults() {
        fixture.given(defined(T0, 1, FIRST))
                .when(define(T1, 0L, "other"))
                .expectException(allOf(
                        instanceOf(ConflictingAggregateVersionException.class),
                        hasProperty("actualVersion", is(1L)),
                        hasProperty("expectedVersion", is(0L))))
                .expectNoEvents();
    }

    @Test
    void aVersionTheListNeverHadIsRefusedEvenBeforeItsFirstDefinition() {
        fixture.givenNoPriorActivity()
                .when(define(T0, 1L, "other"))
                .expectException(allOf(
                        instanceOf(ConflictingAggregateVersionException.class), hasProperty("actualVersion", is(0L))))
                .expectNoEvents();
    }

    @Test
    void staleVersionIsReportedBeforeTheContentIsChecked() {
        fixture.given(defined(T0, 1, FIRST), defined(T1, 2, List.of("other")))
                .when(define(T2, 1L, " "))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void anEmptyOrMissingListIsInvalid() {
        fixture.givenNoPriorActivity()
                .when(define(T0, null))
                .expectException(invalid("reasons"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DefineReasonList(TENANT, ReasonKind.DISQUALIFY, null, T0, null))
                .expectException(invalid("reasons"))
                .expectNoEvents();
    }

    @Test
    void aHundredReasonsAreTheLimit() {
        fixture.givenNoPriorActivity().when(define(T0, null, numbered(100))).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(define(T0, null, numbered(101)))
                .expectException(invalid("reasons"))
                .expectNoEvents();
    }

    @Test
    void aBlankReasonIsInvalidAndNamed() {
        fixture.givenNoPriorActivity()
                .when(define(T0, null, "spam", "  "))
                .expectException(invalid("reasons[1]"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DefineReasonList(
                        TENANT, ReasonKind.DISQUALIFY, new ArrayList<>(Arrays.asList("spam", null)), T0, null))
                .expectException(invalid("reasons[1]"))
                .expectNoEvents();
    }

    @Test
    void aReasonOfTwoHundredCharactersIsTheLimit() {
        fixture.givenNoPriorActivity().when(define(T0, null, "因".repeat(200))).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(define(T0, null, "spam", "x".repeat(201)))
                .expectException(invalid("reasons[1]"))
                .expectNoEvents();
    }

    @Test
    void aReasonListedTwiceIsInvalidAndNamed() {
        fixture.givenNoPriorActivity()
                .when(define(T0, null, "spam", "no budget", " spam"))
                .expectException(invalid("reasons[2]"))
                .expectNoEvents();
    }

    @Test
    void cannotBackdateBeforeThePreviousDefinition() {
        fixture.given(defined(T1, 1, FIRST))
                .when(define(T0, null, "other"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDefinitionNeedsItsBusinessTime() {
        fixture.givenNoPriorActivity()
                .when(define(null, null, "other"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    private static String[] numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "reason " + i).toArray(String[]::new);
    }

    /** An {@link InvalidCommand} blaming {@code field}, so that the 400 names it. */
    private static Matcher<InvalidCommand> invalid(String field) {
        return new FeatureMatcher<>(is(field), "invalid command naming field", "field") {
            @Override
            protected String featureValueOf(InvalidCommand actual) {
                return actual.field();
            }
        };
    }
}
