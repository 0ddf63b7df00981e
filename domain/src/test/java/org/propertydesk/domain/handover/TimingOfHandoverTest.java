package org.propertydesk.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.handover.HandoverFixture.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-HO-4: preparing from 15 minutes before, arriving at least 5 minutes before")
class TimingOfHandoverTest {

    @Test
    @DisplayName("R-HO-4: an arrival 8 minutes before the shift change is recorded as early")
    void earlyArrival() {
        Ready ready = ready();

        Timing arrival = ready.circumstances().arrival().get();
        assertThat(arrival.punctuality()).isEqualTo(Timing.Punctuality.EARLY);
        assertThat(arrival.beforeShiftChange()).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    @DisplayName("R-HO-4: an arrival exactly 5 minutes before is in time; 4 minutes before is recorded as late")
    void lateArrivalBoundary() {
        var onTheDot = right(readyWithoutArrival().arrive(MORNING_SHIFT, minutesBeforeShiftChange(5), POLICY));
        var late = right(readyWithoutArrival().arrive(MORNING_SHIFT, minutesBeforeShiftChange(4), POLICY));

        assertThat(onTheDot.handover().circumstances().arrival().get().late()).isFalse();
        assertThat(late.handover().circumstances().arrival().get().late()).isTrue();
        assertThat(late.events()).containsExactly(new HandoverEvent.IncomingArrived(HANDOVER, OFFICE, MORNING_SHIFT,
                new Timing(minutesBeforeShiftChange(4), Duration.ofMinutes(4), Timing.Punctuality.LATE),
                minutesBeforeShiftChange(4)));
    }

    @Test
    @DisplayName("R-HO-4: an arrival after the shift change is late by a negative lead")
    void arrivalAfterShiftChange() {
        var late = right(readyWithoutArrival().arrive(MORNING_SHIFT, SHIFT_CHANGE.plus(Duration.ofMinutes(20)), POLICY));

        assertThat(late.handover().circumstances().arrival().get().beforeShiftChange()).isEqualTo(Duration.ofMinutes(-20));
    }

    @Test
    @DisplayName("R-HO-4: preparation from 15 minutes before is in time, from 10 minutes before is recorded as late")
    void preparationTiming() {
        assertThat(preparingAt(minutesBeforeShiftChange(15)).terms().preparation().late()).isFalse();
        assertThat(preparingAt(minutesBeforeShiftChange(10)).terms().preparation().late()).isTrue();
    }

    @Test
    @DisplayName("R-HO-4: the lead times are a policy an integrator can change")
    void policyIsInjectable() {
        HandoverPolicy strict = new HandoverPolicy(Duration.ofMinutes(30), Duration.ofMinutes(10));

        var arrival = right(readyWithoutArrival().arrive(MORNING_SHIFT, minutesBeforeShiftChange(8), strict));

        assertThat(arrival.handover().circumstances().arrival().get().late()).isTrue();
        assertThat(HandoverPolicy.defaults()).isEqualTo(new HandoverPolicy(Duration.ofMinutes(15), Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("R-HO-4: only the incoming person arrives, and only once")
    void onlyTheIncomingArrives() {
        assertThat(left(readyWithoutArrival().arrive(STRANGER, minutesBeforeShiftChange(8), POLICY)).reasons())
                .containsExactly(new HandoverRejection.NotTheIncoming(STRANGER, MORNING_SHIFT));
        assertThat(left(ready().arrive(MORNING_SHIFT, minutesBeforeShiftChange(3), POLICY)).reasons())
                .containsExactly(new HandoverRejection.AlreadyArrived(MORNING_SHIFT));
    }
}
