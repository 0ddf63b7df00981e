package org.propertydesk.adapters.jdbc.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.Matter;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.testkit.complaint.ComplaintOffice;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * Two desks change the same complaint at once, through the complaint desk wired with the JDBC
 * stores, outbox and units of work: both read the same version (a barrier holds each reader until
 * the other has read too), exactly one write lands, the other is refused with
 * {@link ConcurrencyConflict}, and the outbox holds the winner's events only (R-CO-9).
 */
@DisplayName("Concurrent changes to one complaint on JDBC")
class ConcurrentComplaintUpdatesTest {

    private static final OfficeId OFFICE = ComplaintOffice.OFFICE;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-CO-9: of two desks changing a complaint read at the same version, one wins and the other gets a conflict; the outbox has the winner's events")
    void oneWins(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Desk desk = new Desk(PropertyDeskJdbc.on(fresh.dataSource()).migrate());
            ComplaintId id = desk.register();
            long before = outboxRows(fresh, OFFICE).size();

            Seq<Attempt> attempts = desk.race(
                    () -> desk.service.advance(new ComplaintDesk.Advance(OFFICE, ComplaintOffice.ASSISTANT.id(), id,
                            ComplaintDesk.Step.CONFIRM_IDENTITY)),
                    () -> desk.service.waitForResident(new ComplaintDesk.WaitForResident(OFFICE, ComplaintOffice.REPAIRER.id(), id,
                            "住户不在家，约明早九点")));

            assertThat(attempts.filter(Attempt::conflicted)).hasSize(1);
            Attempt winner = attempts.find(attempt -> !attempt.conflicted()).get();
            Complaint stored = desk.jdbc.complaint().complaints().find(OFFICE, id).get();
            assertThat(stored).isEqualTo(winner.outcome().complaint());
            assertThat(stored.version()).isEqualTo(1);
            assertThat(outboxRows(fresh, OFFICE).drop((int) before))
                    .containsExactlyElementsOf(winner.outcome().events().map(event -> "complaint." + event.getClass().getSimpleName()));
        }
    }

    /** One desk's attempt: its outcome, or the conflict it was refused with. */
    record Attempt(ComplaintOutcome outcome, ConcurrencyConflict conflict) {
        boolean conflicted() {
            return conflict != null;
        }
    }

    /** The complaint desk on JDBC, its complaint reads held at a barrier while a race is on. */
    private static final class Desk {
        final PropertyDeskJdbc jdbc;
        final SettableClock clock = SettableClock.at(ComplaintOffice.shanghai("2026-03-10T09:00"));
        final BarrierComplaints complaints;
        final ComplaintDesk service;

        Desk(PropertyDeskJdbc jdbc) {
            this.jdbc = jdbc;
            ComplaintOffice.staff().forEach(jdbc.kernel().directory()::register);
            jdbc.kernel().defineCalendar(OFFICE, ComplaintOffice.calendar2026());
            this.complaints = new BarrierComplaints(jdbc.complaint().complaints());
            this.service = new ComplaintDeskService(complaints, jdbc.complaint().paymentStatus(), jdbc.complaint().policies(),
                    jdbc.kernel().directory(), jdbc.kernel().calendar(), clock, new SequentialIdentities(), jdbc.transactions(),
                    jdbc.kernel().outbox());
        }

        ComplaintId register() {
            IntakeFacts facts = new IntakeFacts(Subject.EQUIPMENT_REPAIR, new Location("3栋地下车库"), new Cause.NoFault(), Ask.HELP,
                    Option.some(RepairUrgency.ORDINARY), false, "车库灯坏了");
            return service.register(new ComplaintDesk.Register(OFFICE, ComplaintOffice.ASSISTANT.id(), "3-1201", facts))
                    .get().complaint().id();
        }

        Seq<Attempt> race(Supplier<Either<Rejections<ComplaintRejection>, ComplaintOutcome>> one,
                Supplier<Either<Rejections<ComplaintRejection>, ComplaintOutcome>> other) throws Exception {
            clock.set(ComplaintOffice.shanghai("2026-03-10T09:30"));
            complaints.arm(new CyclicBarrier(2));
            try {
                CompletableFuture<Attempt> first = CompletableFuture.supplyAsync(() -> attempt(one));
                CompletableFuture<Attempt> second = CompletableFuture.supplyAsync(() -> attempt(other));
                return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
            } finally {
                complaints.arm(null);
            }
        }

        private static Attempt attempt(Supplier<Either<Rejections<ComplaintRejection>, ComplaintOutcome>> command) {
            try {
                return new Attempt(command.get().get(), null);
            } catch (ConcurrencyConflict conflict) {
                return new Attempt(null, conflict);
            }
        }
    }

    /** The JDBC complaints, with each read waiting (while armed) until the other desk has read as well. */
    private static final class BarrierComplaints implements Complaints {
        private final Complaints store;
        private volatile CyclicBarrier barrier;

        BarrierComplaints(Complaints store) {
            this.store = store;
        }

        void arm(CyclicBarrier barrier) {
            this.barrier = barrier;
        }

        @Override
        public Option<Complaint> find(OfficeId office, ComplaintId id) {
            Option<Complaint> read = store.find(office, id);
            CyclicBarrier waiting = barrier;
            if (waiting != null) {
                try {
                    waiting.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other desk never read the complaint", e);
                }
            }
            return read;
        }

        @Override
        public void add(Complaint complaint) {
            store.add(complaint);
        }

        @Override
        public void update(Complaint updated, long expectedVersion) {
            store.update(updated, expectedVersion);
        }

        @Override
        public Seq<Complaint> open(OfficeId office) {
            return store.open(office);
        }

        @Override
        public Seq<Complaint> byComplainant(OfficeId office, ComplainantId complainant) {
            return store.byComplainant(office, complainant);
        }

        @Override
        public Seq<Complaint> registeredBetween(OfficeId office, Instant from, Instant to) {
            return store.registeredBetween(office, from, to);
        }

        @Override
        public Seq<Complaint> aboutMatter(OfficeId office, Matter matter, Instant from, Instant to) {
            return store.aboutMatter(office, matter, from, to);
        }
    }

    /** The event types in the office's outbox, in order. */
    static List<String> outboxRows(TestDatabase.Fresh fresh, OfficeId office) throws SQLException {
        java.util.List<String> types = new java.util.ArrayList<>();
        try (Connection connection = fresh.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select event_type from pd_outbox where office_id = ? order by position")) {
            select.setString(1, office.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return List.ofAll(types);
    }
}
