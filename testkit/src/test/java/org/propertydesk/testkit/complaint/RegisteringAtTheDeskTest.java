package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.complaint.ComplaintOffice.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.RecurringProblem;
import org.propertydesk.domain.complaint.Subject;

@DisplayName("R-CO-1, R-CO-5, R-CO-7, R-CO-8, R-CO-9: registering complaints at the desk")
class RegisteringAtTheDeskTest {

    private final DeskFixture office = new DeskFixture();

    @Test
    @DisplayName("R-CO-7: an important complaint taken by the assistant is reported to the assistant's supervisor at once")
    void importantReported() {
        ComplaintId id = office.register("2026-03-10T10:00", "3-1201",
                DeskFixture.facts(Subject.SECURITY, new Cause.CompanyFailure(), Ask.BE_HEARD).asImportant());
        assertThat(office.outbox.events(OFFICE, ComplaintEvent.ImportantComplaintReported.class))
                .containsExactly(new ComplaintEvent.ImportantComplaintReported(id, OFFICE, SUPERVISOR.id(), ASSISTANT.id(),
                        shanghai("2026-03-10T10:00")));
    }

    @Test
    @DisplayName("R-CO-9: a complaint without who raised it is not recorded")
    void complainantRequired() {
        assertThat(office.desk.register(new ComplaintDesk.Register(OFFICE, ASSISTANT.id(), " ",
                                DeskFixture.facts(Subject.CLEANING, new Cause.NoFault(), Ask.BE_HEARD)))
                        .getLeft().reasons())
                .containsExactly(new ComplaintRejection.MissingIntakeFact("complainant"));
        assertThat(office.complaints.all(OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-CO-5: the same complainant raising the same matter again is registered effective, the earlier complaint named as trigger")
    void raisedAgain() {
        ComplaintId first = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.PARKING_AND_VEHICLES, new Cause.NoFault(), Ask.BE_HEARD));
        ComplaintId again = office.register("2026-03-15T10:00", "3-1201", DeskFixture.facts(Subject.PARKING_AND_VEHICLES, new Cause.NoFault(), Ask.BE_HEARD));
        var stored = office.complaints.find(OFFICE, again).get();
        assertThat(stored.classification()).isEqualTo(new Classification.Effective(Subject.PARKING_AND_VEHICLES));
        assertThat(stored.escalations()).containsExactly(new EscalationTrigger.RaisedAgain(first));
        assertThat(office.outbox.events(OFFICE, ComplaintEvent.Escalated.class)).hasSize(1);
    }

    @Test
    @DisplayName("R-CO-8: the third complaint about the lobby's cleaning within 30 days raises a recurring-problem signal")
    void recurring() {
        office.register("2026-03-01T10:00", "1-101", DeskFixture.facts(Subject.CLEANING, new Cause.NoFault(), Ask.BE_HEARD));
        office.register("2026-03-10T10:00", "1-102", DeskFixture.facts(Subject.CLEANING, new Cause.NoFault(), Ask.BE_HEARD));
        assertThat(office.outbox.events(OFFICE, RecurringProblem.class)).isEmpty();
        office.register("2026-03-20T10:00", "1-103", DeskFixture.facts(Subject.CLEANING, new Cause.NoFault(), Ask.BE_HEARD));
        assertThat(office.outbox.events(OFFICE, RecurringProblem.class)).hasSize(1);
        assertThat(office.desk.recurringProblems(OFFICE, SUPERVISOR.id()).head().complaints()).hasSize(3);
    }

    @Test
    @DisplayName("R-CO-1: the desk suggests a class with its evidence; the class recorded is the one decided from the facts")
    void suggestion() {
        assertThat(office.desk.suggest("物业乱收费，多收了两百元").get().classification())
                .isEqualTo(new Classification.Effective(Subject.CHARGES));
        ComplaintId id = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.CHARGES, new Cause.NoFault(), Ask.ANSWER_OR_SUGGESTION));
        assertThat(office.complaints.find(OFFICE, id).get().classification().isEffective()).isFalse();
    }
}
