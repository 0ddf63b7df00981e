package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Deadline;

@DisplayName("R-CO-4: repairs: urgent on site in 15 min and fixed in 6 h, others 30 min and 1 day, a return visit within 48 h")
class RepairDeadlinesTest {

    private final BusinessCalendar office = shanghai2026();
    private final ComplaintPolicy policy = ComplaintPolicy.defaults();

    private Instant due(Complaint complaint, Target target) {
        return complaint.deadline(target, office, policy, complaint.registeredAt()).map(Deadline::due).get();
    }

    @Test
    @DisplayName("R-CO-4, K-3: an urgent repair at 23:00 is due on site at 23:15 and fixed by 05:00: hours never pause at midnight")
    void urgentAtNight() {
        Complaint burst = registered(1, repairRequest(RepairUrgency.URGENT), shanghai("2026-03-10T23:00"));
        assertThat(due(burst, Target.REPAIR_ON_SITE)).isEqualTo(shanghai("2026-03-10T23:15"));
        assertThat(due(burst, Target.REPAIR_FIXED)).isEqualTo(shanghai("2026-03-11T05:00"));
    }

    @Test
    @DisplayName("R-CO-4: an ordinary repair is due on site in 30 min and done within 1 day; one by appointment has neither")
    void ordinaryAndAppointment() {
        Complaint tap = registered(1, repairRequest(RepairUrgency.ORDINARY), shanghai("2026-03-10T10:00"));
        assertThat(due(tap, Target.REPAIR_ON_SITE)).isEqualTo(shanghai("2026-03-10T10:30"));
        assertThat(due(tap, Target.REPAIR_FIXED)).isEqualTo(shanghai("2026-03-11T10:00"));
        Complaint booked = registered(2, repairRequest(RepairUrgency.BY_APPOINTMENT), shanghai("2026-03-10T10:00"));
        assertThat(booked.standings(office, policy, booked.registeredAt()).map(TargetStanding::target)).containsExactly(Target.ANSWER);
    }

    @Test
    @DisplayName("R-CO-4: a completed repair is visited again within 48 h; met targets leave the standings")
    void returnVisitAfterCompletion() {
        Complaint done = registered(1, repairRequest(RepairUrgency.URGENT), shanghai("2026-03-10T10:00"))
                .repairerOnSite(REPAIRER, shanghai("2026-03-10T10:10")).get().complaint()
                .repairCompleted(REPAIRER, shanghai("2026-03-10T12:00")).get().complaint();
        assertThat(done.deadline(Target.RETURN_VISIT, office, policy, shanghai("2026-03-10T12:00")).get().due())
                .isEqualTo(shanghai("2026-03-12T12:00"));
        assertThat(done.standings(office, policy, shanghai("2026-03-10T12:00")).map(TargetStanding::target))
                .containsExactly(Target.ANSWER, Target.RETURN_VISIT);
    }

    @Test
    @DisplayName("R-CO-4: the repair is completed after a repairer arrived, once; a complaint without a repair has no repair steps")
    void repairStepsInOrder() {
        Complaint tap = registered(1, repairRequest(RepairUrgency.ORDINARY), shanghai("2026-03-10T10:00"));
        assertThat(tap.repairCompleted(REPAIRER, shanghai("2026-03-10T11:00")).getLeft().reasons())
                .containsExactly(new ComplaintRejection.RepairStepOutOfOrder(tap.id(), "completed"));
        Complaint noise = registered(2, noFault(Subject.SECURITY, Ask.BE_HEARD), shanghai("2026-03-10T10:00"));
        assertThat(noise.repairerOnSite(REPAIRER, shanghai("2026-03-10T11:00")).getLeft().reasons())
                .containsExactly(new ComplaintRejection.NotARepair(noise.id()));
    }
}
