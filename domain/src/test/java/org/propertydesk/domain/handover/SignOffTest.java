package org.propertydesk.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.handover.HandoverFixture.*;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-HO-7: both sign, and only then does responsibility pass")
class SignOffTest {

    private static final Instant FIRST = minutesBeforeShiftChange(2);
    private static final Instant SECOND = minutesBeforeShiftChange(1);

    @Test
    @DisplayName("R-HO-7: after the first signature the outgoing person is still responsible")
    void firstSignatureChangesNothing() {
        Handover once = right(counted().sign(MORNING_SHIFT, PostSituation.calm(), FIRST)).handover();

        assertThat(once).isInstanceOf(InCount.class);
        assertThat(once.responsibleAt(SHIFT_CHANGE.plus(Duration.ofHours(1)))).isEqualTo(NIGHT_SHIFT);
    }

    @Test
    @DisplayName("R-HO-7: the second signature completes the handover and passes responsibility to the incoming person")
    void secondSignaturePassesResponsibility() {
        InCount once = (InCount) right(counted().sign(NIGHT_SHIFT, PostSituation.calm(), FIRST)).handover();
        var done = right(once.sign(MORNING_SHIFT, PostSituation.calm(), SECOND));

        Signed signed = (Signed) done.handover();
        assertThat(signed.responsibleAt(SECOND.minusMillis(1))).isEqualTo(NIGHT_SHIFT);
        assertThat(signed.responsibleAt(SECOND)).isEqualTo(MORNING_SHIFT);
        assertThat(signed.outgoingOvertime()).isEqualTo(Duration.ZERO);
        assertThat(done.events()).containsExactly(
                new HandoverEvent.HandoverSigned(HANDOVER, OFFICE, MORNING_SHIFT, SECOND),
                new HandoverEvent.ResponsibilityPassed(HANDOVER, OFFICE, FRONT_DESK, NIGHT_SHIFT, MORNING_SHIFT,
                        Duration.ZERO, SECOND));
    }

    @Test
    @DisplayName("R-HO-7: a late incoming person keeps the outgoing person on post, as overtime")
    void lateIncomingMeansOvertime() {
        Ready late = (Ready) right(readyWithoutArrival().arrive(MORNING_SHIFT, SHIFT_CHANGE.plus(Duration.ofMinutes(40)), POLICY))
                .handover();
        InCount counting = right(late.beginCount(NIGHT_SHIFT, PostSituation.calm(), SHIFT_CHANGE.plus(Duration.ofMinutes(41))))
                .handover();
        for (Item item : REGISTER) {
            counting = right(counting.count(MORNING_SHIFT, item.id(), Condition.PRESENT, item.registered(),
                    io.vavr.control.Option.none(), SHIFT_CHANGE.plus(Duration.ofMinutes(45)))).handover();
        }
        Instant completed = SHIFT_CHANGE.plus(Duration.ofMinutes(50));
        InCount once = (InCount) right(counting.sign(NIGHT_SHIFT, PostSituation.calm(), completed.minusSeconds(60))).handover();

        assertThat(Responsibility.of(List.of(once), SHIFT_CHANGE.plus(Duration.ofMinutes(30)))).contains(NIGHT_SHIFT);

        Signed signed = (Signed) right(once.sign(MORNING_SHIFT, PostSituation.calm(), completed)).handover();
        assertThat(signed.outgoingOvertime()).isEqualTo(Duration.ofMinutes(50));
        assertThat(Responsibility.of(List.of(signed), completed)).contains(MORNING_SHIFT);
    }

    @Test
    @DisplayName("R-HO-7: each party signs once, and nobody else signs")
    void signaturesOfThePartiesOnly() {
        InCount once = (InCount) right(counted().sign(NIGHT_SHIFT, PostSituation.calm(), FIRST)).handover();

        assertThat(left(once.sign(NIGHT_SHIFT, PostSituation.calm(), SECOND)).reasons())
                .containsExactly(new HandoverRejection.AlreadySigned(NIGHT_SHIFT));
        assertThat(left(once.sign(STRANGER, PostSituation.calm(), SECOND)).reasons())
                .containsExactly(new HandoverRejection.NotAParty(STRANGER));
        assertThat(left(once.count(MORNING_SHIFT, RADIO.id(), Condition.PRESENT, 1, io.vavr.control.Option.none(), SECOND))
                .reasons()).containsExactly(new HandoverRejection.CountClosedBySignature(RADIO.id()));
    }

    @Test
    @DisplayName("R-HO-7: a handover is between two people")
    void notToOneself() {
        assertThat(left(Handover.prepare(HANDOVER, OFFICE, FRONT_DESK, org.propertydesk.domain.kernel.Department.CUSTOMER_SERVICE,
                NIGHT_SHIFT, NIGHT_SHIFT, SHIFT_CHANGE, FRONT_DESK_LOG, REGISTER, FIRST, POLICY)).reasons())
                .containsExactly(new HandoverRejection.SamePerson(NIGHT_SHIFT));
    }

    @Test
    @DisplayName("R-HO-7: across handovers of a post, responsibility follows the second signatures")
    void responsibilityAcrossHandovers() {
        Signed first = (Signed) right(((InCount) right(counted().sign(NIGHT_SHIFT, PostSituation.calm(), FIRST)).handover())
                .sign(MORNING_SHIFT, PostSituation.calm(), SECOND)).handover();

        assertThat(Responsibility.of(List.empty(), SECOND)).isEmpty();
        assertThat(Responsibility.of(List.of(first), minutesBeforeShiftChange(60))).contains(NIGHT_SHIFT);
        assertThat(Responsibility.of(List.of(first), SHIFT_CHANGE.plus(Duration.ofHours(7)))).contains(MORNING_SHIFT);
    }
}
