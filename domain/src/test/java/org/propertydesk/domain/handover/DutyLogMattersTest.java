package org.propertydesk.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.handover.HandoverFixture.*;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("The duty log: cause, course and result; what is handed over; closing out first")
class DutyLogMattersTest {

    private static final EntryId ENTRY = new EntryId(new UUID(8, 1));
    private final DutyLog empty = DutyLog.open(FRONT_DESK_LOG, OFFICE, FRONT_DESK);

    @Test
    @DisplayName("R-HO-1: a matter missing cause, course and result is refused naming all three")
    void matterWithoutCauseCourseResultIsRefused() {
        var rejections = left(empty.record(ENTRY, EntryKind.MAJOR_MATTER, " ", "", null, false, NIGHT_SHIFT,
                minutesBeforeShiftChange(90)));

        assertThat(rejections.reasons()).containsExactly(
                new HandoverRejection.MissingCause(ENTRY),
                new HandoverRejection.MissingCourse(ENTRY),
                new HandoverRejection.MissingResult(ENTRY));
        assertThat(rejections.rules()).containsExactly(Rule.R_HO_1);
    }

    @Test
    @DisplayName("R-HO-1: a matter with cause, course and result is logged and raises an event")
    void completeMatterIsLogged() {
        var outcome = right(empty.record(ENTRY, EntryKind.SUPERIOR_INSTRUCTION, "fire drill tomorrow",
                "department manager phoned at 22:00", "all posts informed", false, NIGHT_SHIFT, minutesBeforeShiftChange(90)));

        assertThat(outcome.log().entries()).hasSize(1);
        assertThat(outcome.log().version()).isEqualTo(1);
        assertThat(outcome.events()).containsExactly(new HandoverEvent.MatterLogged(FRONT_DESK_LOG, OFFICE, ENTRY,
                EntryKind.SUPERIOR_INSTRUCTION, NIGHT_SHIFT, minutesBeforeShiftChange(90)));
    }

    @Test
    @DisplayName("R-HO-2: the handover sheet carries major matters handled or not, instructions, unfinished work and repairs, not routine")
    void handOverSheetCarriesWhatMustBeHandedOver() {
        DutyLog log = empty;
        int n = 0;
        for (EntryKind kind : EntryKind.values()) {
            log = right(log.record(new EntryId(new UUID(9, n++)), kind, "cause", "course", "result", false, NIGHT_SHIFT,
                    minutesBeforeShiftChange(90))).log();
        }
        log = right(log.record(new EntryId(new UUID(9, 99)), EntryKind.MAJOR_MATTER, "water in the car park",
                "pump started", "still draining", true, NIGHT_SHIFT, minutesBeforeShiftChange(80))).log();

        assertThat(log.handOverSheet().map(LogEntry::kind)).containsExactly(
                EntryKind.MAJOR_MATTER, EntryKind.SUPERIOR_INSTRUCTION, EntryKind.UNFINISHED_WORK,
                EntryKind.PUBLIC_AREA_REPAIR, EntryKind.MAJOR_MATTER);
    }

    @Test
    @DisplayName("R-HO-8: an open dispatch order is unsettled until closed out")
    void closingOutSettlesTheMatter() {
        DutyLog log = logWithOpenDispatchOrder(ENTRY);
        assertThat(log.unsettled()).containsExactly(ENTRY);

        DutyLog closed = right(log.closeOut(ENTRY, "pipe fixed at 07:30", NIGHT_SHIFT, minutesBeforeShiftChange(30))).log();

        assertThat(closed.unsettled()).isEmpty();
        assertThat(closed.find(ENTRY).get().result()).isEqualTo("pipe fixed at 07:30");
    }

    @Test
    @DisplayName("R-HO-8: an unresolved matter is passed on only with a reason")
    void carryOverNeedsAReason() {
        DutyLog log = logWithOpenDispatchOrder(ENTRY);

        assertThat(left(log.carryOver(ENTRY, "  ", NIGHT_SHIFT, minutesBeforeShiftChange(20))).reasons())
                .containsExactly(new HandoverRejection.CarryOverWithoutReason(ENTRY));

        DutyLog carried = right(log.carryOver(ENTRY, "spare part arrives at 09:00", NIGHT_SHIFT,
                minutesBeforeShiftChange(20))).log();
        assertThat(carried.unsettled()).isEmpty();
        assertThat(carried.handOverSheet().map(LogEntry::id)).containsExactly(ENTRY);
        assertThat(left(carried.closeOut(ENTRY, "done", NIGHT_SHIFT, SHIFT_CHANGE)).reasons())
                .containsExactly(new HandoverRejection.EntryAlreadySettled(ENTRY));
    }
}
