package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.complaint.ComplaintOffice.*;

import io.vavr.control.Option;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.DueState;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.complaint.WorkQueue;
import org.propertydesk.domain.kernel.StaffId;

/** Reading one complaint, or the open ones with their records, as an API shows them. */
@DisplayName("R-CO-4, R-CO-9: complaints read back through the desk with where they stand now")
class ReadingComplaintsThroughTheDeskTest {

    private final DeskFixture office = new DeskFixture();

    @Test
    @DisplayName("R-CO-4: a complaint is read with its record and its open targets, the one due first leading")
    void oneComplaint() {
        ComplaintId burst = office.register("2026-03-10T10:00", "3-1202", DeskFixture.repair(RepairUrgency.URGENT));
        office.clock.set(shanghai("2026-03-10T10:20"));

        ComplaintDesk.Tracked tracked = office.desk.complaint(OFFICE, ASSISTANT.id(), burst);

        assertThat(tracked.complaint()).isEqualTo(office.complaints.find(OFFICE, burst).get());
        assertThat(tracked.standing().next().get().target()).isEqualTo(Target.REPAIR_ON_SITE);
        assertThat(tracked.standing().state()).isEqualTo(DueState.OVERDUE);
    }

    @Test
    @DisplayName("R-CO-4: the complaint a command returns, tracked, stands as the same complaint read back does")
    void trackedAnswerIsTheReadBack() {
        office.clock.set(shanghai("2026-03-10T10:00"));
        ComplaintOutcome registered = office.desk.register(new ComplaintDesk.Register(OFFICE, ASSISTANT.id(), "3-1202",
                DeskFixture.repair(RepairUrgency.URGENT))).get();
        ComplaintId burst = registered.complaint().id();
        office.clock.set(shanghai("2026-03-10T10:20"));
        ComplaintOutcome advanced = office.advance("2026-03-10T10:25", ASSISTANT, burst, ComplaintDesk.Step.CONFIRM_IDENTITY);

        ComplaintDesk.Tracked answered = office.desk.tracked(advanced.complaint());

        assertThat(answered).isEqualTo(office.desk.complaint(OFFICE, ASSISTANT.id(), burst));
        assertThat(answered.standing().state()).isEqualTo(DueState.OVERDUE);
        // Measured now, not when the complaint was registered.
        assertThat(office.desk.tracked(registered.complaint()).standing())
                .isNotEqualTo(WorkQueue.item(registered.complaint(), calendar2026(), ComplaintPolicy.defaults(), shanghai("2026-03-10T10:00")));
    }

    @Test
    @DisplayName("R-CO-9: a closed complaint is still read back, with no open target")
    void closedComplaint() {
        ComplaintId question = office.register("2026-03-10T10:00", "3-1201",
                DeskFixture.facts(Subject.CHARGES, new Cause.NoFault(), Ask.ANSWER_OR_SUGGESTION));
        office.advance("2026-03-10T10:05", ASSISTANT, question, ComplaintDesk.Step.CONFIRM_IDENTITY);
        office.advance("2026-03-10T10:06", ASSISTANT, question, ComplaintDesk.Step.CHECK_PAYMENT_STATUS);
        office.desk.reply(new ComplaintDesk.ReplyTo(OFFICE, ASSISTANT.id(), question, "按合同标准收取。", Option.none())).get();
        office.desk.returnVisit(new ComplaintDesk.ReturnVisit(OFFICE, ASSISTANT.id(), question, true)).get();
        office.advance("2026-03-10T11:00", ASSISTANT, question, ComplaintDesk.Step.CLOSE);

        ComplaintDesk.Tracked tracked = office.desk.complaint(OFFICE, ASSISTANT.id(), question);

        assertThat(tracked.complaint().isClosed()).isTrue();
        assertThat(tracked.standing().standings()).isEmpty();
    }

    @Test
    @DisplayName("R-CO-4: the open complaints come in work-queue order, each with its whole record")
    void openComplaintsInQueueOrder() {
        ComplaintId question = office.register("2026-03-10T09:00", "3-1201",
                DeskFixture.facts(Subject.CHARGES, new Cause.NoFault(), Ask.ANSWER_OR_SUGGESTION));
        ComplaintId burst = office.register("2026-03-10T10:00", "3-1202", DeskFixture.repair(RepairUrgency.URGENT));
        office.clock.set(shanghai("2026-03-10T10:05"));

        var open = office.desk.openComplaints(OFFICE, ASSISTANT.id());

        assertThat(open.map(tracked -> tracked.complaint().id())).containsExactly(burst, question);
        assertThat(open.map(tracked -> tracked.standing()))
                .containsExactlyElementsOf(office.desk.workQueue(OFFICE, ASSISTANT.id()));
    }

    @Test
    @DisplayName("K-1: another office's complaint, an unknown one, or a reader not on the staff is not found")
    void notFound() {
        ComplaintId burst = office.register("2026-03-10T10:00", "3-1202", DeskFixture.repair(RepairUrgency.URGENT));

        assertThatThrownBy(() -> office.desk.complaint(OFFICE, ASSISTANT.id(), new ComplaintId(new UUID(7, 7))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> office.desk.complaint(OFFICE, new StaffId(new UUID(9, 9)), burst)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> office.desk.complaint(OTHER_OFFICE, ASSISTANT.id(), burst)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> office.desk.openComplaints(OTHER_OFFICE, ASSISTANT.id())).isInstanceOf(NotFound.class);
    }
}
