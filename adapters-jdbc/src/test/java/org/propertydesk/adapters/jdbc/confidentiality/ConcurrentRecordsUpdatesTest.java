package org.propertydesk.adapters.jdbc.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.confidentiality.RecordsOfficeService;
import org.propertydesk.application.confidentiality.RecordsPolicies;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.confidentiality.ConfidentialityRejection;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.CustodyStatus;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanStatus;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.confidentiality.ConfidentialityArbitraries;
import org.propertydesk.testkit.kernel.SequentialIdentities;

/**
 * Two staff members change the same record at the same moment, through the records office wired
 * to the JDBC stores, outbox and units of work: both read it, then both write. Exactly one
 * succeeds; the other gets a {@link ConcurrencyConflict} and leaves nothing behind, so the outbox
 * holds the winner's event and only that.
 */
@DisplayName("Concurrent changes to one record through the JDBC records office")
class ConcurrentRecordsUpdatesTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(0, 0xcf));

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("two hand-overs of one document: one keeper wins, the other hand-over is a conflict, one CustodyHandedOver")
    void concurrentHandOvers(TestDatabase database) throws Exception {
        try (Desk desk = new Desk(database)) {
            DocumentId contract = desk.classified(DocumentKind.CONTRACT);
            StaffMember first = desk.hire(Role.SUPERVISOR, ClearanceLevel.SECRET);
            StaffMember second = desk.hire(Role.SUPERVISOR, ClearanceLevel.SECRET);
            long before = desk.outbox().size();

            Race<Document> race = desk.race(
                    () -> desk.office.handOver(new RecordsOffice.HandOver(OFFICE, desk.clerk.id(), contract, first.id())),
                    () -> desk.office.handOver(new RecordsOffice.HandOver(OFFICE, desk.manager.id(), contract, second.id())));

            Document stored = desk.stores.documents().find(OFFICE, contract).get();
            assertThat(stored).isEqualTo(race.winner());
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.custodian()).isIn(first.id(), second.id());
            List<String[]> events = desk.outbox().subList((int) before, desk.outbox().size());
            assertThat(events).hasSize(1);
            assertThat(events.get(0)[0]).isEqualTo("confidentiality.CustodyHandedOver");
            assertThat(events.get(0)[1]).contains("\"to\":\"" + stored.custodian() + "\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("one manager approves a loan while another refuses it: one decision stands, with its event alone")
    void concurrentLoanDecisions(TestDatabase database) throws Exception {
        try (Desk desk = new Desk(database)) {
            DocumentId record = desk.classified(DocumentKind.OWNER_RECORD);
            StaffMember borrower = desk.hire(Role.DEPARTMENT_MANAGER, ClearanceLevel.SECRET);
            LoanId loan = Desk.accepted(desk.office.requestLoan(new RecordsOffice.RequestLoan(OFFICE, borrower.id(), record, LoanTerm.SAME_DAY)));
            StaffMember otherManager = desk.hire(Role.OFFICE_MANAGER, ClearanceLevel.SECRET);
            long before = desk.outbox().size();

            Race<Loan> race = desk.race(
                    () -> desk.office.approveLoan(new RecordsOffice.ApproveLoan(OFFICE, desk.manager.id(), loan, true)),
                    () -> desk.office.refuseLoan(new RecordsOffice.OnLoan(OFFICE, otherManager.id(), loan)));

            Loan stored = desk.stores.loans().find(OFFICE, loan).get();
            assertThat(stored).isEqualTo(race.winner());
            assertThat(stored.version()).isEqualTo(2);
            List<String[]> events = desk.outbox().subList((int) before, desk.outbox().size());
            assertThat(events).hasSize(1);
            assertThat(events.get(0)[0]).isEqualTo(stored.status() == LoanStatus.REFUSED
                    ? "confidentiality.LoanRefused" : "confidentiality.LoanApproved");
            assertThat(stored.approvals()).hasSize(stored.status() == LoanStatus.REFUSED ? 0 : 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("an original reported done and returned at the same moment: one step stands, with its event alone")
    void concurrentCustodySteps(TestDatabase database) throws Exception {
        try (Desk desk = new Desk(database)) {
            DocumentId licence = desk.classified(DocumentKind.CERTIFICATE);
            CustodyId custody = Desk.accepted(desk.office.handOutOriginal(new RecordsOffice.OnDocument(OFFICE, desk.clerk.id(), licence)));
            long before = desk.outbox().size();

            Race<TaskCustody> race = desk.race(
                    () -> desk.office.completeTask(new RecordsOffice.OnCustody(OFFICE, desk.clerk.id(), custody)),
                    () -> desk.office.returnOriginal(new RecordsOffice.OnCustody(OFFICE, desk.clerk.id(), custody)));

            TaskCustody stored = desk.stores.custodies().find(OFFICE, custody).get();
            assertThat(stored).isEqualTo(race.winner());
            assertThat(stored.version()).isEqualTo(2);
            List<String[]> events = desk.outbox().subList((int) before, desk.outbox().size());
            assertThat(events).hasSize(1);
            assertThat(events.get(0)[0]).isEqualTo(stored.status() == CustodyStatus.RETURNED
                    ? "confidentiality.OriginalReturned" : "confidentiality.TaskCompleted");
        }
    }

    /** The successful result, after the other contender got a conflict. */
    record Race<T>(T winner, ConcurrencyConflict loser) {}

    /**
     * A clock that, once armed, holds each caller until the other arrives: the use cases ask for
     * the time after reading the record and before writing it, so both have read the same version.
     */
    static final class RendezvousClock implements Clock {
        private volatile CyclicBarrier barrier;

        void arm() {
            barrier = new CyclicBarrier(2);
        }

        void disarm() {
            barrier = null;
        }

        @Override
        public Instant now() {
            CyclicBarrier waiting = barrier;
            if (waiting != null) {
                try {
                    waiting.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other contender never read the record", e);
                }
            }
            return ConfidentialityArbitraries.EPOCH;
        }
    }

    /** One office's records office on a fresh database, with a clerk and an office manager. */
    static final class Desk implements AutoCloseable {
        final TestDatabase.Fresh fresh;
        final PropertyDeskJdbc jdbc;
        final JdbcConfidentiality stores;
        final RendezvousClock clock = new RendezvousClock();
        final RecordsOffice office;
        private final AtomicLong staffIds = new AtomicLong(100);
        final StaffMember clerk;
        final StaffMember manager;

        Desk(TestDatabase database) {
            fresh = database.fresh();
            jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            stores = jdbc.confidentiality();
            jdbc.kernel().defineCalendar(OFFICE, BusinessCalendar.in(ConfidentialityArbitraries.ZONE).build());
            office = new RecordsOfficeService(jdbc.kernel().directory(), jdbc.kernel().calendar(), clock, new SequentialIdentities(),
                    jdbc.transactions(), jdbc.kernel().outbox(), jdbc.kernel().auditTrail(), stores.documents(), stores.loans(),
                    stores.custodies(), stores.approvals(), RecordsPolicies.defaults());
            clerk = hire(Role.SUPERVISOR, ClearanceLevel.SECRET);
            manager = hire(Role.OFFICE_MANAGER, ClearanceLevel.SECRET);
        }

        StaffMember hire(Role role, ClearanceLevel clearance) {
            StaffMember member = new StaffMember(new StaffId(new UUID(7, staffIds.incrementAndGet())), OFFICE, "档案员 " + role, role,
                    Department.ADMINISTRATION_HR, Option.some(new StaffId(new UUID(7, 1))), clearance);
            jdbc.kernel().directory().register(member);
            return member;
        }

        DocumentId classified(DocumentKind kind) {
            return accepted(office.classify(new RecordsOffice.Classify(OFFICE, clerk.id(), "业户档案 " + kind, kind, Option.none(), Option.none())));
        }

        /** Runs both use cases on threads of their own, both reading before either writes. */
        <T> Race<T> race(Supplier<Either<Rejections<ConfidentialityRejection>, T>> one,
                Supplier<Either<Rejections<ConfidentialityRejection>, T>> other) throws InterruptedException {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            clock.arm();
            try {
                Future<Either<Rejections<ConfidentialityRejection>, T>> first = pool.submit(one::get);
                Future<Either<Rejections<ConfidentialityRejection>, T>> second = pool.submit(other::get);
                List<T> won = new ArrayList<>();
                List<ConcurrencyConflict> lost = new ArrayList<>();
                for (Future<Either<Rejections<ConfidentialityRejection>, T>> contender : List.of(first, second)) {
                    try {
                        won.add(accepted(contender.get(60, TimeUnit.SECONDS)));
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof ConcurrencyConflict)) {
                            throw new AssertionError("expected a win or a concurrency conflict", e.getCause());
                        }
                        lost.add((ConcurrencyConflict) e.getCause());
                    } catch (TimeoutException e) {
                        throw new AssertionError("a contender hung", e);
                    }
                }
                assertThat(won).as("winners").hasSize(1);
                assertThat(lost).as("conflicts").hasSize(1);
                return new Race<>(won.get(0), lost.get(0));
            } finally {
                clock.disarm();
                pool.shutdownNow();
            }
        }

        /** The office's outbox rows in order, as (event type, payload). */
        List<String[]> outbox() throws SQLException {
            List<String[]> rows = new ArrayList<>();
            try (Connection connection = fresh.dataSource().getConnection();
                    PreparedStatement select = Sql.prepare(connection,
                            "select event_type, payload from pd_outbox where office_id = ? order by position", Sql.id(OFFICE.value()));
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            return rows;
        }

        static <T> T accepted(Either<Rejections<ConfidentialityRejection>, T> result) {
            if (result.isLeft()) {
                throw new AssertionError("expected the command to be accepted, but: " + result.getLeft());
            }
            return result.get();
        }

        @Override
        public void close() {
            fresh.close();
        }
    }
}
