package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.roster.PostLeaving.LeftPost;
import org.propertydesk.domain.roster.PostLeaving.Relief;
import org.propertydesk.domain.roster.PostLeaving.TemporaryAbsence;

class LeavingThePostTest {

    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    private static final Interval ERRAND = interval(NOV_3, 10, 0, NOV_3, 10, 20);

    private static Roster roster() {
        return published(NOV_2_TO_5, PLAIN);
    }

    private static OnDuty dayGuard() {
        return roster().onPost(LOBBY, ERRAND.start(), SHANGHAI).single();
    }

    @Test
    @DisplayName("R-RO-7: with the duty supervisor's consent and the relief already there it is a temporary absence, and the relief stands the post")
    void consentedAndRelieved() {
        OnDuty guard = dayGuard();
        RosterOutcome outcome = roster().leavePost(guard.staff(), LOBBY, ERRAND, Option.some(SUPERVISOR),
                Option.some(new Relief(SPARE, ERRAND.start().minusSeconds(60))), SHANGHAI).get();
        assertThat(outcome.roster().leavings()).containsExactly(
                new TemporaryAbsence(guard.staff(), LOBBY, ERRAND, SUPERVISOR, new Relief(SPARE, ERRAND.start().minusSeconds(60))));
        assertThat(outcome.events()).singleElement().isInstanceOf(RosterEvent.TemporaryAbsenceRecorded.class);
        assertThat(outcome.roster().onPost(LOBBY, ERRAND.start().plusSeconds(60), SHANGHAI).map(OnDuty::staff)).containsExactly(SPARE);
    }

    @Test
    @DisplayName("R-RO-7: the manager on duty may consent too")
    void managerOnDutyConsents() {
        OnDuty guard = dayGuard();
        var outcome = roster().leavePost(guard.staff(), LOBBY, ERRAND, Option.some(MANAGER),
                Option.some(new Relief(SPARE, ERRAND.start())), SHANGHAI).get();
        assertThat(outcome.roster().leavings().single()).isInstanceOf(TemporaryAbsence.class);
    }

    @Test
    @DisplayName("R-RO-7: leaving before the relief arrived is recorded as leaving the post (脱岗)")
    void reliefNotYetThere() {
        OnDuty guard = dayGuard();
        var outcome = roster().leavePost(guard.staff(), LOBBY, ERRAND, Option.some(SUPERVISOR),
                Option.some(new Relief(SPARE, ERRAND.start().plusSeconds(300))), SHANGHAI).get();
        assertThat(outcome.roster().leavings().single()).isInstanceOfSatisfying(LeftPost.class, left -> {
            assertThat(left.withoutRelief()).isTrue();
            assertThat(left.withoutConsent()).isFalse();
        });
        assertThat(outcome.events()).singleElement().isInstanceOf(RosterEvent.PostLeftWithoutCover.class);
        assertThat(outcome.roster().onPost(LOBBY, ERRAND.start().plusSeconds(60), SHANGHAI)).isEmpty();
    }

    @Test
    @DisplayName("R-RO-7: leaving with a relief but without consent (or consent from a colleague) is leaving the post")
    void withoutConsent() {
        OnDuty guard = dayGuard();
        var outcome = roster().leavePost(guard.staff(), LOBBY, ERRAND, Option.some(SPARE),
                Option.some(new Relief(SPARE, ERRAND.start())), SHANGHAI).get();
        assertThat(outcome.roster().leavings().single()).isInstanceOfSatisfying(LeftPost.class,
                left -> assertThat(left.withoutConsent()).isTrue());
    }

    @Test
    @DisplayName("R-RO-7: someone not rostered on the post then cannot ask for an absence from it")
    void notOnPost() {
        assertThat(roster().leavePost(SPARE, LOBBY, ERRAND, Option.some(SUPERVISOR), Option.none(), SHANGHAI).getLeft().reasons())
                .containsExactly(new RosterRejection.NotOnPost(SPARE, LOBBY, ERRAND.start()));
    }
}
