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
import org.propertydesk.domain.complaint.Matter;
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

    private static Complaint about(long n, OfficeId office, String complainant, Subject subject, String place, String at) {
        return about(n, office, complainant, subject, place, shanghai(at));
    }

    private static Complaint about(long n, OfficeId office, String complainant, Subject subject, String place, Instant at) {
        IntakeFacts facts = new IntakeFacts(subject, new Location(place), new Cause.NoFault(), Ask.HELP, Option.none(), false, "…");
        return Complaint.register(new ComplaintId(new UUID(0xC0C0, n)), office, new ComplainantId(complainant), facts, ASSISTANT,
                        Option.none(), at)
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
    @DisplayName("R-CO-9: a complaint added with a long history (walked to closure) reads back event for event")
    void addedWithItsWholeHistory() {
        Complaints store = newComplaints();
        Complaint done = closed(registered(1, OFFICE, "3-1201", "2026-03-10T10:00"));
        Complaint brief = about(2, OFFICE, "3-1202", Subject.CLEANING, "Building 3 lift lobby", "2026-03-10T11:00");
        store.add(done);
        store.add(brief);

        assertThat(store.find(OFFICE, done.id())).contains(done);
        assertThat(store.find(OFFICE, brief.id())).contains(brief);
    }

    @Test
    @DisplayName("R-CO-9: adding a complaint whose id is already recorded is refused and the stored complaint stays as it was")
    void addedOnce() {
        Complaints store = newComplaints();
        Complaint first = registered(1, OFFICE, "3-1201", "2026-03-10T10:00");
        Complaint sameId = about(1, OFFICE, "5-0301", Subject.CLEANING, "Building 3 lift lobby", "2026-03-11T10:00");
        store.add(first);

        assertThatThrownBy(() -> store.add(sameId)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already recorded");
        assertThat(store.find(OFFICE, first.id())).contains(first);
        assertThat(store.byComplainant(OFFICE, new ComplainantId("5-0301"))).isEmpty();
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

    @Test
    @DisplayName("R-CO-5, R-CO-8: the complaints about a matter are everyone's of the same subject at the same place (any case,"
            + " any run of blanks) registered in the window, closed ones included, in registration order")
    void aboutMatter() {
        Complaints store = newComplaints();
        Complaint first = about(1, OFFICE, "3-1201", Subject.CLEANING, "Building 3 lift lobby", "2026-03-10T10:00");
        Complaint otherPlace = about(2, OFFICE, "3-1201", Subject.CLEANING, "Building 4 lift lobby", "2026-03-10T11:00");
        Complaint otherSubject = about(3, OFFICE, "3-1201", Subject.SECURITY, "Building 3 lift lobby", "2026-03-10T12:00");
        Complaint second = about(4, OFFICE, "5-0301", Subject.CLEANING, "  building 3   LIFT lobby ", "2026-03-11T09:00");
        Complaint otherOffice = about(5, OTHER_OFFICE, "3-1201", Subject.CLEANING, "Building 3 lift lobby", "2026-03-11T10:00");
        Complaint third = about(6, OFFICE, "3-1202", Subject.CLEANING, "Building 3 Lift Lobby", "2026-03-12T09:00");
        Complaint late = about(7, OFFICE, "3-1201", Subject.CLEANING, "Building 3 lift lobby", "2026-03-20T09:00");
        for (Complaint complaint : java.util.List.of(late, third, otherOffice, second, otherSubject, otherPlace, first)) {
            store.add(complaint);
        }
        Complaint closed = closed(third);
        store.update(closed, third.version());
        Matter matter = new Matter(Subject.CLEANING, new Location("BUILDING 3 LIFT LOBBY"));

        assertThat(store.aboutMatter(OFFICE, matter, shanghai("2026-03-10T10:00"), shanghai("2026-03-12T09:00")))
                .containsExactly(first, second, closed);
        assertThat(store.aboutMatter(OFFICE, matter, shanghai("2026-03-10T10:01"), shanghai("2026-03-12T08:59")))
                .containsExactly(second);
        assertThat(store.aboutMatter(OFFICE, matter, shanghai("2026-03-13T00:00"), shanghai("2026-03-19T23:59"))).isEmpty();
        assertThat(store.aboutMatter(OTHER_OFFICE, matter, shanghai("2026-03-01T00:00"), shanghai("2026-03-31T00:00")))
                .containsExactly(otherOffice);
        assertThat(store.aboutMatter(OFFICE, new Matter(Subject.GREENING, new Location("Building 3 lift lobby")),
                shanghai("2026-03-01T00:00"), shanghai("2026-03-31T00:00"))).isEmpty();
    }

    @Test
    @DisplayName("R-CO-8: complaints about a matter registered in the same second are told apart by their nanoseconds")
    void aboutMatterToTheNanosecond() {
        Complaints store = newComplaints();
        Complaint complaint = about(1, OFFICE, "3-1201", Subject.CLEANING, "Building 3 lift lobby",
                shanghai("2026-03-10T10:00").plusNanos(500));
        store.add(complaint);
        Instant at = complaint.registeredAt();
        Matter matter = complaint.matter();

        assertThat(store.aboutMatter(OFFICE, matter, at, at)).containsExactly(complaint);
        assertThat(store.aboutMatter(OFFICE, matter, at.plusNanos(1), at.plusSeconds(60))).isEmpty();
        assertThat(store.aboutMatter(OFFICE, matter, at.minusSeconds(60), at.minusNanos(1))).isEmpty();
    }
}
