package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.complaint.ComplaintOffice.ASSISTANT;
import static org.propertydesk.testkit.complaint.ComplaintOffice.OFFICE;
import static org.propertydesk.testkit.complaint.ComplaintOffice.OTHER_OFFICE;
import static org.propertydesk.testkit.complaint.ComplaintOffice.SUPERVISOR;
import static org.propertydesk.testkit.complaint.ComplaintOffice.shanghai;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Reply;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * What PropertyDesk relies on from every {@link Complaints} store (R-CO-9, K-1). Extend it in your
 * tests and return a new, empty store of your implementation from {@link #newComplaints()}.
 */
public abstract class ComplaintsContract {

    /** A new, empty store; called once per test. */
    protected abstract Complaints newComplaints();

    private static Complaint registered(long n, OfficeId office, String complainant, String at) {
        IntakeFacts facts = new IntakeFacts(Subject.EQUIPMENT_REPAIR, new Location("3栋地下车库"), new Cause.NoFault(), Ask.HELP,
                Option.some(RepairUrgency.ORDINARY), true, "车库灯坏了");
        return Complaint.register(new ComplaintId(new UUID(0xC0C0, n)), office, new ComplainantId(complainant), facts, ASSISTANT,
                        Option.some(SUPERVISOR.id()), shanghai(at))
                .get()
                .complaint();
    }

    /** The complaint walked to closure along the manual's path, one hour a step. */
    private static Complaint closed(Complaint complaint) {
        Complaint walked = complaint;
        Instant at = complaint.registeredAt();
        while (!walked.isClosed()) {
            at = at.plusSeconds(3600);
            walked = ComplaintArbitraries.nextStep(walked, at);
        }
        return walked;
    }

    @Test
    @DisplayName("R-CO-9: a complaint reads back field for field, history, pauses and version included")
    void roundTrip() {
        Complaints store = newComplaints();
        Complaint complaint = registered(1, OFFICE, "3-1201", "2026-03-10T10:00")
                .waitForResident(ASSISTANT, "not at home", shanghai("2026-03-10T10:30")).get().complaint()
                .reply(ASSISTANT, Reply.promising("会修", "fixed tonight"), shanghai("2026-03-10T10:40")).get().complaint();
        store.add(registered(1, OFFICE, "3-1201", "2026-03-10T10:00"));
        store.update(complaint, 0);

        assertThat(store.find(OFFICE, complaint.id())).contains(complaint);
    }

    @Test
    @DisplayName("K-1: a complaint is found only in its own office")
    void scopedToTheOffice() {
        Complaints store = newComplaints();
        Complaint complaint = registered(1, OFFICE, "3-1201", "2026-03-10T10:00");
        store.add(complaint);

        assertThat(store.find(OTHER_OFFICE, complaint.id())).isEmpty();
        assertThat(store.open(OTHER_OFFICE)).isEmpty();
        assertThat(store.byComplainant(OTHER_OFFICE, complaint.complainant())).isEmpty();
    }

    @Test
    @DisplayName("R-CO-9: an update based on a stale version is refused and the stored complaint stays as it was")
    void optimisticConcurrency() {
        Complaints store = newComplaints();
        Complaint read = registered(1, OFFICE, "3-1201", "2026-03-10T10:00");
        store.add(read);
        Complaint first = ComplaintArbitraries.nextStep(read, shanghai("2026-03-10T10:01"));
        Complaint second = read.confirmIdentity(SUPERVISOR, shanghai("2026-03-10T10:02")).get().complaint();
        store.update(first, read.version());

        assertThatThrownBy(() -> store.update(second, read.version())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(store.find(OFFICE, read.id())).contains(first);
    }

    @Test
    @DisplayName("R-CO-9, R-CO-7: a closed complaint is kept: found, listed by complainant and period, but no longer open")
    void closedIsKept() {
        Complaints store = newComplaints();
        Complaint complaint = registered(1, OFFICE, "3-1201", "2026-03-10T10:00");
        Complaint other = registered(2, OFFICE, "3-1202", "2026-03-12T10:00");
        store.add(complaint);
        store.add(other);
        Complaint done = closed(complaint);
        store.update(done, complaint.version());

        assertThat(store.find(OFFICE, complaint.id())).contains(done);
        assertThat(store.open(OFFICE)).containsExactly(other);
        assertThat(store.byComplainant(OFFICE, new ComplainantId("3-1201"))).containsExactly(done);
        assertThat(store.registeredBetween(OFFICE, shanghai("2026-03-10T10:00"), shanghai("2026-03-12T10:00")))
                .containsExactlyInAnyOrder(done, other);
        assertThat(store.registeredBetween(OFFICE, shanghai("2026-03-10T10:01"), shanghai("2026-03-12T09:59"))).isEmpty();
    }
}
