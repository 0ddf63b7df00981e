package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.complaint.ComplaintOffice.*;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.Subject;

@DisplayName("R-CO-9: every complaint is recorded and archived; records are never deleted")
class ComplaintRecordsAreKeptTest {

    private final DeskFixture office = new DeskFixture();

    @Test
    @DisplayName("R-CO-9: neither the Complaints port nor the desk offers any way to delete or purge a complaint")
    void noDeletion() {
        assertThat(Arrays.stream(Complaints.class.getMethods()).map(Method::getName).map(name -> name.toLowerCase(Locale.ROOT)))
                .noneMatch(name -> name.contains("delete") || name.contains("remove") || name.contains("purge"));
        assertThat(Arrays.stream(ComplaintDesk.class.getMethods()).map(Method::getName).map(name -> name.toLowerCase(Locale.ROOT)))
                .noneMatch(name -> name.contains("delete") || name.contains("remove") || name.contains("purge"));
    }

    @Test
    @DisplayName("R-CO-9, R-CO-7: a closed complaint stays on record, with its whole history, and refuses further changes")
    void closedIsArchived() {
        ComplaintId id = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.CLEANING, new Cause.NoFault(), Ask.ANSWER_OR_SUGGESTION));
        office.advance("2026-03-10T10:05", ASSISTANT, id, ComplaintDesk.Step.CONFIRM_IDENTITY);
        office.advance("2026-03-10T10:06", ASSISTANT, id, ComplaintDesk.Step.CHECK_PAYMENT_STATUS);
        office.desk.reply(new ComplaintDesk.ReplyTo(OFFICE, ASSISTANT.id(), id, "每周二、五清洗。", io.vavr.control.Option.none())).get();
        office.desk.returnVisit(new ComplaintDesk.ReturnVisit(OFFICE, ASSISTANT.id(), id, true)).get();
        office.advance("2026-03-11T10:00", ASSISTANT, id, ComplaintDesk.Step.CLOSE);
        Complaint archived = office.complaints.find(OFFICE, id).get();
        assertThat(archived.isClosed()).isTrue();
        assertThat(archived.history()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(office.complaints.registeredBetween(OFFICE, shanghai("2026-03-01T00:00"), shanghai("2026-04-01T00:00")))
                .extracting(Complaint::id).containsExactly(id);
        assertThat(office.desk.advance(new ComplaintDesk.Advance(OFFICE, ASSISTANT.id(), id, ComplaintDesk.Step.CLOSE)).isLeft()).isTrue();
    }

    @Test
    @DisplayName("R-CO-9: a write based on a stale read is refused rather than overwriting the record")
    void staleWriteRefused() {
        ComplaintId id = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.CLEANING, new Cause.NoFault(), Ask.BE_HEARD));
        Complaint read = office.complaints.find(OFFICE, id).get();
        Complaint first = read.confirmIdentity(ASSISTANT, shanghai("2026-03-10T10:01")).get().complaint();
        Complaint second = read.confirmIdentity(SUPERVISOR, shanghai("2026-03-10T10:02")).get().complaint();
        office.complaints.update(first, read.version());
        assertThatThrownBy(() -> office.complaints.update(second, read.version())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(office.complaints.find(OFFICE, id).get().history().last().at()).isEqualTo(shanghai("2026-03-10T10:01"));
    }
}
