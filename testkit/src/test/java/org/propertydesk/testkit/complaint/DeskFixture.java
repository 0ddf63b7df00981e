package org.propertydesk.testkit.complaint;

import io.vavr.control.Option;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/** The complaints desk of the {@link ComplaintOffice} wired to in-memory adapters, with a clock that moves when told. */
final class DeskFixture {

    final SettableClock clock = SettableClock.at(ComplaintOffice.shanghai("2026-03-10T09:00"));
    final InMemoryComplaints complaints = new InMemoryComplaints();
    final InMemoryPaymentStatus payments = new InMemoryPaymentStatus();
    final InMemoryComplaintPolicies policies = new InMemoryComplaintPolicies();
    final InMemoryDirectory directory = InMemoryDirectory.of(ComplaintOffice.staff().toJavaArray(StaffMember[]::new));
    final InMemoryCalendar calendars = new InMemoryCalendar().with(ComplaintOffice.OFFICE, ComplaintOffice.calendar2026());
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final ComplaintDesk desk = new ComplaintDeskService(complaints, payments, policies, directory, calendars, clock,
            new SequentialIdentities(), transactions, outbox);

    static IntakeFacts facts(Subject subject, Cause cause, Ask ask) {
        return new IntakeFacts(subject, new Location("Building 3 lift lobby"), cause, ask, Option.none(), false, "…");
    }

    static IntakeFacts repair(RepairUrgency urgency) {
        return facts(Subject.EQUIPMENT_REPAIR, new Cause.NoFault(), Ask.HELP).withRepair(urgency);
    }

    ComplaintId register(String at, String complainant, IntakeFacts facts) {
        clock.set(ComplaintOffice.shanghai(at));
        return desk.register(new ComplaintDesk.Register(ComplaintOffice.OFFICE, ComplaintOffice.ASSISTANT.id(), complainant, facts))
                .get()
                .complaint()
                .id();
    }

    ComplaintOutcome advance(String at, StaffMember actor, ComplaintId id, ComplaintDesk.Step step) {
        clock.set(ComplaintOffice.shanghai(at));
        return desk.advance(new ComplaintDesk.Advance(ComplaintOffice.OFFICE, actor.id(), id, step)).get();
    }
}
