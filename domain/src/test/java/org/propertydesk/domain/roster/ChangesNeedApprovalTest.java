package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.roster.ChangeKind.Replacement;
import org.propertydesk.domain.roster.ChangeKind.SickLeave;
import org.propertydesk.domain.roster.ChangeKind.Swap;
import org.propertydesk.domain.roster.RosterVersion.Published;
import org.propertydesk.domain.roster.RosterVersion.Superseded;

class ChangesNeedApprovalTest {

    private static final RosterPeriod NOVEMBER = RosterPeriod.month(YearMonth.of(2026, 11));
    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    private static final ChangeRequestId CHANGE = new ChangeRequestId(new UUID(3, 1));
    private static final Instant TWO_DAYS_AHEAD = at(LocalDate.of(2026, 11, 8), 9, 0);

    private static Assignment held(String shift, LocalDate date) {
        return published(NOVEMBER, PLAIN).published().get().assignments()
                .find(a -> a.post().equals(LOBBY) && a.shift().equals(shift) && a.date().equals(date)).get();
    }

    private static Roster requested(ChangeKind kind, Instant at) {
        return published(NOVEMBER, PLAIN).requestChange(CHANGE, kind, kind.removes().head().staff(), "family matter",
                HashMap.of(SPARE, Role.SECURITY_OFFICER), at, SHANGHAI, POLICY).get().roster();
    }

    @Test
    @DisplayName("R-RO-6: an approved swap issues version 2 to the two guards, withdraws version 1 and leaves it unchanged")
    void approvedSwap() {
        Roster before = published(NOVEMBER, PLAIN);
        Published v1 = before.published().get();
        Swap swap = new Swap(held("D", NOV_10), held("E", NOV_10));
        RosterOutcome outcome = requested(swap, TWO_DAYS_AHEAD)
                .approveChange(CHANGE, supervisor(), TWO_DAYS_AHEAD.plusSeconds(3600), PLAIN, POLICY).get();
        Roster after = outcome.roster();
        assertThat(after.versions()).hasSize(2);
        assertThat(after.versionNumbered(1).get()).isEqualTo(new Superseded(v1, 2, TWO_DAYS_AHEAD.plusSeconds(3600)));
        assertThat(after.versionNumbered(1).get().assignments()).isEqualTo(v1.assignments());
        Published v2 = after.published().get();
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.issuedFor()).contains(CHANGE);
        assertThat(v2.toAcknowledge()).containsExactlyInAnyOrder(swap.first().staff(), swap.second().staff());
        assertThat(v2.assignments()).contains(swap.first().heldBy(swap.second().staff()), swap.second().heldBy(swap.first().staff()));
        assertThat(outcome.events()).singleElement().isInstanceOf(RosterEvent.ChangeApproved.class);
        assertThat(after.violations(PLAIN, POLICY)).isEmpty();
    }

    @Test
    @DisplayName("R-RO-6: a change asked for two hours before the shift is rejected as not in advance")
    void lateRequest() {
        Assignment day = held("D", NOV_10);
        Instant twoHoursBefore = at(NOV_10, 6, 0);
        var refused = published(NOVEMBER, PLAIN).requestChange(CHANGE, new Replacement(day, SPARE), day.staff(), "late",
                HashMap.empty(), twoHoursBefore, SHANGHAI, POLICY).getLeft();
        assertThat(refused.reasons()).containsExactly(new RosterRejection.LateChangeRequest(day, twoHoursBefore, at(NOV_10, 8, 0).minusSeconds(86400)));
    }

    @Test
    @DisplayName("R-RO-6: sick leave without a doctor's certificate and without a replacement is refused for both")
    void sickLeaveNeedsCertificateAndReplacement() {
        Assignment day = held("D", NOV_10);
        var refused = published(NOVEMBER, PLAIN).requestChange(CHANGE, new SickLeave(day, Option.none(), Option.none()), day.staff(),
                "fever", HashMap.empty(), at(NOV_10, 6, 0), SHANGHAI, POLICY).getLeft();
        assertThat(refused.reasons()).containsExactly(
                new RosterRejection.MissingCertificate(day.staff()), new RosterRejection.MissingReplacement(day.staff()));
    }

    @Test
    @DisplayName("R-RO-6: sick leave with certificate and replacement may be asked on the morning of the shift and approved")
    void sickLeaveSameMorning() {
        Assignment day = held("D", NOV_10);
        Roster asked = requested(new SickLeave(day, Option.some("Ruijin hospital note 4711"), Option.some(SPARE)), at(NOV_10, 6, 0));
        Roster approved = asked.approveChange(CHANGE, supervisor(), at(NOV_10, 7, 0), PLAIN, POLICY).get().roster();
        assertThat(approved.published().get().assignments()).contains(day.heldBy(SPARE)).doesNotContain(day);
    }

    @Test
    @DisplayName("R-RO-6: only the post's supervisor or above approves; an assistant's approval is a permission refusal")
    void onlySupervisorApproves() {
        Roster asked = requested(new Replacement(held("D", NOV_10), SPARE), TWO_DAYS_AHEAD);
        var refused = asked.approveChange(CHANGE, assistant(), TWO_DAYS_AHEAD, PLAIN, POLICY).getLeft();
        assertThat(refused.reasons()).containsExactly(new RosterRejection.NotSupervisorOfPost(ASSISTANT, LOBBY));
        assertThat(refused.reasons().head()).isInstanceOf(PermissionRejection.class);
        assertThat(asked.approveChange(CHANGE, manager(), TWO_DAYS_AHEAD, PLAIN, POLICY).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-RO-6: a change that would double-book the replacement is not approved; the roster keeps its version")
    void approvalKeepsRosterValid() {
        Assignment day = held("D", NOV_10);
        Assignment evening = held("E", NOV_10);
        Roster asked = requested(new Replacement(day, evening.staff()), TWO_DAYS_AHEAD);
        var refused = asked.approveChange(CHANGE, supervisor(), TWO_DAYS_AHEAD, PLAIN, POLICY);
        assertThat(refused.getLeft().names(Rule.R_RO_4) || refused.getLeft().names(Rule.R_RO_2)).isTrue();
        assertThat(asked.versions()).hasSize(1);
    }

    @Test
    @DisplayName("R-RO-6: an unapproved change cannot take effect — approval after the shift began is refused")
    void approvalAfterShiftStart() {
        Roster asked = requested(new Replacement(held("D", NOV_10), SPARE), TWO_DAYS_AHEAD);
        Instant during = at(NOV_10, 9, 0);
        assertThat(asked.approveChange(CHANGE, supervisor(), during, PLAIN, POLICY).getLeft().reasons())
                .containsExactly(new RosterRejection.ApprovedTooLate(CHANGE, at(NOV_10, 8, 0), during));
    }

    @Test
    @DisplayName("R-RO-6: a rejected change leaves the version in force and cannot be decided again")
    void rejectedChange() {
        Roster asked = requested(new Replacement(held("D", NOV_10), SPARE), TWO_DAYS_AHEAD);
        Roster rejected = asked.rejectChange(CHANGE, supervisor(), "no cover", TWO_DAYS_AHEAD).get().roster();
        assertThat(rejected.versions()).isEqualTo(asked.versions());
        assertThat(rejected.approveChange(CHANGE, supervisor(), TWO_DAYS_AHEAD, PLAIN, POLICY).getLeft().reasons())
                .containsExactly(new RosterRejection.ChangeAlreadyDecided(CHANGE));
    }

    @Test
    @DisplayName("R-RO-6: those issued the new version acknowledge it once; the withdrawn version takes no acknowledgement")
    void acknowledgement() {
        Swap swap = new Swap(held("D", NOV_10), held("E", NOV_10));
        Roster approved = requested(swap, TWO_DAYS_AHEAD).approveChange(CHANGE, supervisor(), TWO_DAYS_AHEAD, PLAIN, POLICY).get().roster();
        var first = swap.first().staff();
        Roster acknowledged = approved.acknowledge(first, 2, TWO_DAYS_AHEAD).get().roster();
        assertThat(acknowledged.published().get().awaitingAcknowledgement()).containsExactly(swap.second().staff());
        assertThat(acknowledged.acknowledge(first, 2, TWO_DAYS_AHEAD).isLeft()).isTrue();
        assertThat(approved.acknowledge(first, 1, TWO_DAYS_AHEAD).getLeft().reasons())
                .containsExactly(new RosterRejection.NothingToAcknowledge(first, 1));
        assertThat(approved.versionNumbered(1).get()).isInstanceOf(Superseded.class);
    }
}
