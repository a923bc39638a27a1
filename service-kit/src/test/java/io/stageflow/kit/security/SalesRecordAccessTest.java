package io.stageflow.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.events.ids.TenantId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sharing rules: who sees a record of owner rep-7 in team-3, and whom they may give one to. */
class SalesRecordAccessTest {
    private static final Caller OWNER = caller("rep-7", Set.of(Role.REP), "team-3");
    private static final Caller TEAMMATE = caller("rep-8", Set.of(Role.REP), "team-3");
    private static final Caller MANAGER = caller("mia", Set.of(Role.MANAGER), "team-3");
    private static final Caller OTHER_MANAGER = caller("max", Set.of(Role.MANAGER), "team-4");
    private static final Caller EXECUTIVE = caller("eve", Set.of(Role.EXECUTIVE));
    private static final Caller ANALYST = caller("ann", Set.of(Role.ANALYST), "team-3");
    private static final Caller ADMIN = caller("rep-7", Set.of(Role.ADMIN), "team-3");

    private static Caller caller(String user, Set<Role> roles, String... teams) {
        return new Caller(new TenantId("acme"), user, roles, Set.of(teams));
    }

    @Test
    void theOwnerTheTeamsManagerAndExecutivesSeeARecord() {
        assertThat(Set.of(OWNER, TEAMMATE, MANAGER, OTHER_MANAGER, EXECUTIVE, ANALYST, ADMIN).stream()
                        .filter(who -> SalesRecordAccess.sees(who, "rep-7", "team-3"))
                        .map(Caller::user))
                .containsExactlyInAnyOrder("rep-7", "mia", "eve");
    }

    @Test
    void aRepAssignsOnlyThemselfInOneOfTheirTeams() {
        assertThatNoException().isThrownBy(() -> SalesRecordAccess.requireAssignable(OWNER, "rep-7", "team-3"));
        assertThatThrownBy(() -> SalesRecordAccess.requireAssignable(OWNER, "rep-8", "team-3"))
                .isInstanceOf(AccessRefused.class)
                .hasMessageContaining("ownerId must be 'rep-7'");
        assertThatThrownBy(() -> SalesRecordAccess.requireAssignable(OWNER, "rep-7", "team-4"))
                .isInstanceOf(AccessRefused.class)
                .hasMessageContaining("team-4");
    }

    @Test
    void aManagerAssignsAnyoneWithinTheirTeamsAndAnExecutiveAnyone() {
        assertThatNoException().isThrownBy(() -> SalesRecordAccess.requireAssignable(MANAGER, "rep-8", "team-3"));
        assertThatThrownBy(() -> SalesRecordAccess.requireAssignable(MANAGER, "rep-8", "team-4"))
                .isInstanceOf(AccessRefused.class);
        assertThatNoException().isThrownBy(() -> SalesRecordAccess.requireAssignable(EXECUTIVE, "x", "y"));
        assertThatThrownBy(() -> SalesRecordAccess.requireAssignable(ANALYST, "ann", "team-3"))
                .isInstanceOf(AccessRefused.class);
    }

    @Test
    void listsShowAnExecutiveEverythingAndOthersTheirOwnAndTheirTeams() {
        assertThat(SalesRecordAccess.visible(EXECUTIVE)).isEmpty();
        assertThat(SalesRecordAccess.visible(MANAGER)).contains(new SalesRecordAccess.Visible("mia", Set.of("team-3")));
        assertThat(SalesRecordAccess.visible(OWNER)).contains(new SalesRecordAccess.Visible("rep-7", Set.of()));
        assertThat(SalesRecordAccess.visible(ANALYST)).contains(new SalesRecordAccess.Visible(null, Set.of()));
    }
}
