package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.RecurringProblem;
import org.propertydesk.domain.complaint.RecurringProblems;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * Registration reads only the complaints about the new complaint's matter; it must decide a repeat
 * (R-CO-5) and a recurring problem (R-CO-8) exactly as the reads it replaced did: the
 * complainant's every complaint, and the office's every complaint in the recurrence window after
 * the new one was added.
 */
class MatterReadProperties {

    private static final Instant NOW = ComplaintOffice.shanghai("2026-06-15T10:00");
    private static final List<String> PLACES = List.of("Building 3 lift lobby", "  building 3   LIFT lobby", "Building 4 lift lobby");
    private static final List<String> COMPLAINANTS = List.of("3-1201", "3-1202", "5-0301");

    /** An earlier complaint: its office (the desk's or another), matter, complainant and how long before now (negative: after). */
    record Earlier(boolean otherOffice, Subject subject, String place, String complainant, long minutesBefore, long idBits) {}

    /** The complaint registered now; communicative (a request for help, no one at fault), so a repeat escalates it. */
    record Newcomer(Subject subject, String place, String complainant, boolean important) {}

    @Provide
    Arbitrary<List<Earlier>> earlier() {
        Arbitrary<Long> minutes = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(2, Arbitraries.longs().between(0, 10)),
                Tuple.of(12, Arbitraries.longs().between(-24 * 60, 60L * 24 * 60)));
        return Combinators.combine(Arbitraries.of(true, false, false, false, false), subjects(), Arbitraries.of(PLACES),
                        Arbitraries.of(COMPLAINANTS), minutes, Arbitraries.longs())
                .as(Earlier::new)
                .list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Newcomer> newcomer() {
        return Combinators.combine(subjects(), Arbitraries.of(PLACES), Arbitraries.of(COMPLAINANTS), Arbitraries.of(true, false))
                .as(Newcomer::new);
    }

    /** The defaults with any repeat window, recurrence window (each 1 to 40 days) and threshold (2 to 4). */
    @Provide
    Arbitrary<ComplaintPolicy> windows() {
        ComplaintPolicy d = ComplaintPolicy.defaults();
        Arbitrary<Duration> days = Arbitraries.longs().between(1, 40).map(Duration::ofDays);
        return Combinators.combine(days, Arbitraries.integers().between(2, 4), days)
                .as((repeat, count, recurrence) -> new ComplaintPolicy(d.answer(), d.urgentOnSite(), d.urgentFixed(), d.ordinaryOnSite(),
                        d.ordinaryDone(), d.returnVisitAfterRepair(), d.pausedWhileWaitingForResident(), d.dueSoonWithin(), repeat, count,
                        recurrence));
    }

    private static Arbitrary<Subject> subjects() {
        return Arbitraries.of(Subject.CLEANING, Subject.EQUIPMENT_REPAIR);
    }

    @Property(tries = 300)
    @Label("R-CO-5, R-CO-8: registration finds the same repeat and raises the same recurring problems from the matter's complaints"
            + " as from the complainant's and the office's whole window")
    void sameDecisions(@ForAll("earlier") List<Earlier> earlier, @ForAll("newcomer") Newcomer newcomer,
            @ForAll("windows") ComplaintPolicy policy) {
        InMemoryComplaints complaints = new InMemoryComplaints();
        InMemoryOutbox outbox = new InMemoryOutbox();
        ComplaintDesk desk = new ComplaintDeskService(complaints, new InMemoryPaymentStatus(),
                new InMemoryComplaintPolicies().with(ComplaintOffice.OFFICE, policy),
                InMemoryDirectory.of(ComplaintOffice.staff().toJavaArray(StaffMember[]::new)),
                new InMemoryCalendar().with(ComplaintOffice.OFFICE, ComplaintOffice.calendar2026()), SettableClock.at(NOW),
                new SequentialIdentities(), new InMemoryTransactions(), outbox);
        for (int n = 0; n < earlier.size(); n++) {
            complaints.add(complaint(earlier.get(n), n));
        }

        ComplaintOutcome outcome = desk.register(new ComplaintDesk.Register(ComplaintOffice.OFFICE, ComplaintOffice.ASSISTANT.id(),
                newcomer.complainant(), facts(newcomer.subject(), newcomer.place(), newcomer.important()))).get();

        Complaint registered = outcome.complaint();
        Option<ComplaintId> repeatBefore = registered.raisesAgain(complaints.byComplainant(ComplaintOffice.OFFICE,
                registered.complainant()), policy);
        Option<ComplaintId> repeatNow = outcome.events()
                .filter(ComplaintEvent.Escalated.class::isInstance)
                .map(event -> ((ComplaintEvent.Escalated) event).trigger())
                .filter(EscalationTrigger.RaisedAgain.class::isInstance)
                .map(trigger -> ((EscalationTrigger.RaisedAgain) trigger).earlier())
                .headOption();
        assertThat(repeatNow).isEqualTo(repeatBefore);

        Seq<RecurringProblem> signalsBefore = RecurringProblems.at(
                        complaints.registeredBetween(ComplaintOffice.OFFICE, NOW.minus(policy.recurrenceWindow()), NOW), policy, NOW)
                .filter(signal -> signal.complaints().contains(registered.id()));
        Seq<RecurringProblem> signalsNow = outbox.events(ComplaintOffice.OFFICE, RecurringProblem.class);
        assertThat(signalsNow).hasSameSizeAs(signalsBefore);
        signalsNow.zip(signalsBefore).forEach(pair -> {
            assertThat(pair._1.office()).isEqualTo(pair._2.office());
            assertThat(pair._1.matter().sameAs(pair._2.matter())).isTrue();
            assertThat(pair._1.from()).isEqualTo(pair._2.from());
            assertThat(pair._1.at()).isEqualTo(pair._2.at());
            // In registration order both; complaints registered at the very same instant as the new
            // one may stand in another order (the old read broke that tie by id, the new one puts
            // the new complaint last).
            assertThat(pair._1.complaints().toSet()).isEqualTo(pair._2.complaints().toSet());
            assertThat(pair._1.complaints().map(id -> at(complaints, id)).toJavaList()).isSorted();
        });

        Statistics.label("repeat").collect(repeatBefore.isDefined());
        Statistics.label("recurring problem").collect(!signalsBefore.isEmpty());
        Statistics.label("repeat").coverage(coverage -> coverage.check(true).percentage(p -> p > 5.0));
        Statistics.label("recurring problem").coverage(coverage -> coverage.check(true).percentage(p -> p > 5.0));
    }

    private static Instant at(InMemoryComplaints complaints, ComplaintId id) {
        return complaints.find(ComplaintOffice.OFFICE, id).get().registeredAt();
    }

    private static Complaint complaint(Earlier earlier, int n) {
        OfficeId office = earlier.otherOffice() ? ComplaintOffice.OTHER_OFFICE : ComplaintOffice.OFFICE;
        return Complaint.register(new ComplaintId(new UUID(earlier.idBits(), 0xEA1L << 32 | n)), office,
                        new ComplainantId(earlier.complainant()), facts(earlier.subject(), earlier.place(), false),
                        ComplaintOffice.ASSISTANT, Option.none(), NOW.minus(Duration.ofMinutes(earlier.minutesBefore())))
                .get()
                .complaint();
    }

    private static IntakeFacts facts(Subject subject, String place, boolean important) {
        return new IntakeFacts(subject, new Location(place), new Cause.NoFault(), Ask.HELP, Option.none(), important, "…");
    }
}
