package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.complaint.TargetStanding;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Deadline;

/** Deadlines computed on the 2026 calendar of a Shanghai office, for complaints registered at any minute of the year. */
class DeadlineProperties {

    private final BusinessCalendar calendar = ComplaintOffice.calendar2026();

    @Provide
    Arbitrary<Complaint> registered() {
        return ComplaintArbitraries.registered();
    }

    @Property(tries = 300)
    @Label("R-CO-4, K-3: a deadline in working days is never inside a holiday or a weekend: it falls at close of business on a working day")
    void workingDayDeadlineNeverOnAHoliday(@ForAll("registered") Complaint complaint, @ForAll @IntRange(min = 1, max = 10) int days) {
        ComplaintPolicy plan = ComplaintPolicy.defaults().withAnswer(new org.propertydesk.domain.complaint.AnswerWithin.WorkingDays(days));
        Deadline deadline = complaint.deadline(Target.ANSWER, calendar, plan, complaint.registeredAt()).get();
        LocalDate dueDay = deadline.due().atZone(ComplaintOffice.SHANGHAI).toLocalDate();
        assertThat(calendar.isWorkingDay(dueDay)).isTrue();
        assertThat(calendar.holidays().contains(dueDay)).isFalse();
        assertThat(deadline.due().atZone(ComplaintOffice.SHANGHAI).toLocalTime()).isEqualTo(java.time.LocalTime.of(18, 0));
        Statistics.label("registered on").collect(calendar.isWorkingDay(
                complaint.registeredAt().atZone(ComplaintOffice.SHANGHAI).toLocalDate()) ? "working day" : "day off");
        Statistics.label("registered on").coverage(coverage -> coverage.check("day off").percentage(p -> p > 15.0));
    }

    @Property(tries = 300)
    @Label("R-CO-4, K-3: a waiting pause never moves a working-time deadline into a holiday, and never shortens it")
    void pausesKeepWorkingDeadlinesOnWorkingDays(
            @ForAll("registered") Complaint complaint,
            @ForAll @IntRange(min = 0, max = 96 * 60) int startMinutes,
            @ForAll @IntRange(min = 1, max = 96 * 60) int lengthMinutes) {
        ComplaintPolicy plan = ComplaintPolicy.servicePlan()
                .withPausedWhileWaitingForResident(io.vavr.collection.HashSet.of(Target.ANSWER));
        Instant waitFrom = complaint.registeredAt().plus(Duration.ofMinutes(startMinutes));
        Instant waitUntil = waitFrom.plus(Duration.ofMinutes(lengthMinutes));
        Complaint paused = complaint.waitForResident(ComplaintOffice.ASSISTANT, "away", waitFrom).get().complaint()
                .residentAvailable(ComplaintOffice.ASSISTANT, waitUntil).get().complaint();
        Instant before = complaint.deadline(Target.ANSWER, calendar, plan, waitUntil).get().due();
        Instant after = paused.deadline(Target.ANSWER, calendar, plan, waitUntil).get().due();
        assertThat(after).isAfterOrEqualTo(before);
        assertThat(calendar.isWorkingDay(after.atZone(ComplaintOffice.SHANGHAI).toLocalDate())).isTrue();
        Statistics.label("pause moved it").collect(after.isAfter(before));
        Statistics.label("pause moved it").coverage(coverage -> coverage.check(true).percentage(p -> p > 10.0));
    }

    @Property(tries = 300)
    @Label("R-CO-4, K-3: hours are wall-clock: the 24 h answer is due exactly 24 h later, at night, at weekends and on holidays alike")
    void hoursNeverPauseSilently(@ForAll("registered") Complaint complaint) {
        Deadline deadline = complaint.deadline(Target.ANSWER, calendar, ComplaintPolicy.defaults(), complaint.registeredAt()).get();
        assertThat(deadline).isEqualTo(new Deadline(complaint.registeredAt().plus(Duration.ofHours(24)), Deadline.Clock.WALL_CLOCK));
    }

    @Property(tries = 200)
    @Label("R-CO-4: the standing is derived: overdue exactly when now is past the due moment, due soon only inside the warning window")
    void standingIsDerived(@ForAll("registered") Complaint complaint, @ForAll @IntRange(min = 0, max = 10 * 24 * 60) int minutes) {
        ComplaintPolicy plan = ComplaintPolicy.servicePlan();
        Instant now = complaint.registeredAt().plus(Duration.ofMinutes(minutes));
        for (TargetStanding standing : complaint.standings(calendar, plan, now)) {
            assertThat(standing.status().isOverdue()).isEqualTo(now.isAfter(standing.deadline().due()));
            switch (standing.state()) {
                case OVERDUE:
                    assertThat(standing.status().isOverdue()).isTrue();
                    break;
                case DUE_SOON:
                    assertThat(standing.workingTimeLeft().compareTo(plan.dueSoonWithin(Target.ANSWER)) <= 0
                            || standing.target() != Target.ANSWER).isTrue();
                    break;
                default:
                    assertThat(standing.status().isOverdue()).isFalse();
            }
            Statistics.label("state").collect(standing.state());
        }
    }
}
