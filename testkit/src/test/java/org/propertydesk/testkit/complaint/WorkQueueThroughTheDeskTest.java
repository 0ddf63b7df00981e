package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.complaint.ComplaintOffice.*;

import io.vavr.collection.Seq;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.DueState;
import org.propertydesk.domain.complaint.QueueItem;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.kernel.DeadlineStatus;
import org.propertydesk.domain.kernel.StaffId;

@DisplayName("R-CO-4, R-CO-7: the office's work queue, ordered by due time, through the desk with in-memory adapters")
class WorkQueueThroughTheDeskTest {

    private final DeskFixture office = new DeskFixture();

    @Test
    @DisplayName("R-CO-4: the queue orders open complaints by their next due moment, with each target's standing")
    void orderedByDueTime() {
        ComplaintId question = office.register("2026-03-10T09:00", "3-1201", DeskFixture.facts(Subject.CHARGES, new Cause.NoFault(), Ask.ANSWER_OR_SUGGESTION));
        ComplaintId burst = office.register("2026-03-10T10:00", "3-1202", DeskFixture.repair(RepairUrgency.URGENT));
        ComplaintId dirty = office.register("2026-03-10T08:00", "5-0801", DeskFixture.facts(Subject.CLEANING, new Cause.CompanyFailure(), Ask.BE_HEARD));
        office.clock.set(shanghai("2026-03-10T10:05"));

        Seq<QueueItem> queue = office.desk.workQueue(OFFICE, ASSISTANT.id());

        assertThat(queue.map(QueueItem::complaint)).containsExactly(burst, dirty, question);
        QueueItem first = queue.head();
        assertThat(first.next().get().target()).isEqualTo(Target.REPAIR_ON_SITE);
        assertThat(first.next().get().status()).isEqualTo(new DeadlineStatus.Remaining(Duration.ofMinutes(10)));
        assertThat(first.standings().map(standing -> standing.target()))
                .containsExactly(Target.REPAIR_ON_SITE, Target.REPAIR_FIXED, Target.ANSWER);
    }

    @Test
    @DisplayName("R-CO-4, R-CO-7: overdue and due-soon now lists only what needs attention; closed complaints leave the queue")
    void overdueAndDueSoon() {
        ComplaintId burst = office.register("2026-03-10T10:00", "3-1202", DeskFixture.repair(RepairUrgency.URGENT));
        ComplaintId question = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.CHARGES, new Cause.NoFault(), Ask.ANSWER_OR_SUGGESTION));
        office.clock.set(shanghai("2026-03-10T10:20"));
        Seq<QueueItem> urgent = office.desk.overdueAndDueSoon(OFFICE, ASSISTANT.id());
        assertThat(urgent.map(QueueItem::complaint)).containsExactly(burst);
        assertThat(urgent.head().state()).isEqualTo(DueState.OVERDUE);

        office.advance("2026-03-10T10:30", ASSISTANT, question, ComplaintDesk.Step.CONFIRM_IDENTITY);
        office.advance("2026-03-10T10:31", ASSISTANT, question, ComplaintDesk.Step.CHECK_PAYMENT_STATUS);
        office.desk.reply(new ComplaintDesk.ReplyTo(OFFICE, ASSISTANT.id(), question, "按合同标准收取。", io.vavr.control.Option.none())).get();
        office.desk.returnVisit(new ComplaintDesk.ReturnVisit(OFFICE, ASSISTANT.id(), question, true)).get();
        office.advance("2026-03-10T11:00", ASSISTANT, question, ComplaintDesk.Step.CLOSE);
        assertThat(office.desk.workQueue(OFFICE, ASSISTANT.id()).map(QueueItem::complaint)).containsExactly(burst);
        assertThat(office.desk.handledRate(OFFICE, ASSISTANT.id()).closed()).isEqualTo(1);
    }

    @Test
    @DisplayName("K-1: a stranger to the office cannot read its queue, and another office's queue is empty")
    void scopedToTheOffice() {
        office.register("2026-03-10T10:00", "3-1202", DeskFixture.repair(RepairUrgency.URGENT));
        assertThatThrownBy(() -> office.desk.workQueue(OFFICE, new StaffId(new java.util.UUID(9, 9)))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> office.desk.workQueue(OTHER_OFFICE, ASSISTANT.id())).isInstanceOf(NotFound.class);
    }
}
