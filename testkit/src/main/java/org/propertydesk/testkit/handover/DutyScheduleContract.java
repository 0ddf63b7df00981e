package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.handover.DutySchedule;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What the handover desk relies on from every {@link DutySchedule} (R-HO-1, K-1): the next shift
 * change on a post is the first at or after the instant asked about, whoever came on at the latest
 * change is the one on the post (and before the first change, whoever goes off at it), and posts
 * and offices never mix. A schedule is read-only through its port, so the suite hands you the
 * shift changes to hold: {@link #scheduleHolding(Map)}.
 */
public abstract class DutyScheduleContract {

    /** A schedule holding exactly these shift changes, per office (given in no particular order). */
    protected abstract DutySchedule scheduleHolding(Map<OfficeId, Seq<ShiftChange>> changes);

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000f2"));
    private static final PostId GATE = new PostId(new UUID(7, 1));
    private static final PostId CONTROL_ROOM = new PostId(new UUID(7, 2));
    private static final StaffId NIGHT = new StaffId(new UUID(0, 1));
    private static final StaffId DAY = new StaffId(new UUID(0, 2));
    private static final StaffId EVENING = new StaffId(new UUID(0, 3));
    private static final StaffId STRANGER = new StaffId(new UUID(0, 4));
    private static final Instant MORNING = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant AFTERNOON = MORNING.plus(Duration.ofHours(8));
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static final ShiftChange NIGHT_TO_DAY = new ShiftChange(GATE, Department.SECURITY, NIGHT, DAY, MORNING);
    private static final ShiftChange DAY_TO_EVENING = new ShiftChange(GATE, Department.SECURITY, DAY, EVENING, AFTERNOON);

    /** The gate's two changes (given latest first) and a control-room change in between. */
    private DutySchedule gateAndControlRoom() {
        return scheduleHolding(HashMap.of(OFFICE, List.of(DAY_TO_EVENING, NIGHT_TO_DAY,
                new ShiftChange(CONTROL_ROOM, Department.SECURITY, STRANGER, NIGHT, MORNING.plus(Duration.ofHours(2))))));
    }

    @Test
    @DisplayName("R-HO-1: the next shift change is the first on the post at or after the instant")
    void nextShiftChange() {
        DutySchedule schedule = gateAndControlRoom();

        assertThat(schedule.nextShiftChange(OFFICE, GATE, MORNING.minus(Duration.ofHours(1)))).contains(NIGHT_TO_DAY);
        assertThat(schedule.nextShiftChange(OFFICE, GATE, MORNING)).as("at the change itself").contains(NIGHT_TO_DAY);
        assertThat(schedule.nextShiftChange(OFFICE, GATE, MORNING.plus(MINUTE))).contains(DAY_TO_EVENING);
        assertThat(schedule.nextShiftChange(OFFICE, GATE, AFTERNOON.plus(MINUTE))).as("after the last change").isEmpty();
    }

    @Test
    @DisplayName("R-HO-1: a shift change reads back field for field: post, department, outgoing, incoming, instant")
    void roundTrip() {
        ShiftChange precise = new ShiftChange(GATE, Department.CUSTOMER_SERVICE, DAY, EVENING, AFTERNOON.plusMillis(250));
        DutySchedule schedule = scheduleHolding(HashMap.of(OFFICE, List.of(precise)));

        assertThat(schedule.nextShiftChange(OFFICE, GATE, MORNING)).contains(precise);
    }

    @Test
    @DisplayName("R-HO-1: on the post is whoever came on at the latest change at or before the instant")
    void scheduledOn() {
        DutySchedule schedule = gateAndControlRoom();

        assertThat(schedule.scheduledOn(OFFICE, GATE, MORNING.minus(MINUTE))).as("before the first change").contains(NIGHT);
        assertThat(schedule.scheduledOn(OFFICE, GATE, MORNING)).as("at the change").contains(DAY);
        assertThat(schedule.scheduledOn(OFFICE, GATE, AFTERNOON.minus(MINUTE))).contains(DAY);
        assertThat(schedule.scheduledOn(OFFICE, GATE, AFTERNOON.plus(Duration.ofHours(3)))).contains(EVENING);
    }

    @Test
    @DisplayName("R-HO-1: a post's changes are its own: another post's change neither comes next nor puts anyone on it")
    void postsDoNotMix() {
        DutySchedule schedule = gateAndControlRoom();
        Instant between = MORNING.plus(Duration.ofHours(3));

        assertThat(schedule.nextShiftChange(OFFICE, GATE, MORNING.plus(MINUTE))).contains(DAY_TO_EVENING);
        assertThat(schedule.scheduledOn(OFFICE, GATE, between)).contains(DAY);
        assertThat(schedule.scheduledOn(OFFICE, CONTROL_ROOM, between)).contains(NIGHT);
        assertThat(schedule.nextShiftChange(OFFICE, new PostId(new UUID(7, 9)), MORNING)).isEmpty();
        assertThat(schedule.scheduledOn(OFFICE, new PostId(new UUID(7, 9)), between)).isEmpty();
    }

    @Test
    @DisplayName("K-1: another office's schedule is invisible, even for the same post id")
    void isolatedByOffice() {
        ShiftChange elsewhere = new ShiftChange(GATE, Department.SECURITY, STRANGER, EVENING, MORNING.plus(Duration.ofHours(1)));
        DutySchedule schedule = scheduleHolding(HashMap.of(OFFICE, List.of(NIGHT_TO_DAY), OTHER_OFFICE, List.of(elsewhere)));

        assertThat(schedule.nextShiftChange(OFFICE, GATE, MORNING.plus(MINUTE))).isEmpty();
        assertThat(schedule.scheduledOn(OFFICE, GATE, MORNING.plus(Duration.ofHours(2)))).contains(DAY);
        assertThat(schedule.nextShiftChange(OTHER_OFFICE, GATE, MORNING)).contains(elsewhere);
        assertThat(schedule.scheduledOn(new OfficeId(new UUID(9, 9)), GATE, MORNING)).isEmpty();
    }
}
