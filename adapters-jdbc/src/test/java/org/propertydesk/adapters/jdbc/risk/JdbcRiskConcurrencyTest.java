package org.propertydesk.adapters.jdbc.risk;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.application.risk.RiskDeskService;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Arrears;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.RiskPolicy;
import org.propertydesk.domain.risk.RiskRejection;
import org.propertydesk.testkit.kernel.SequentialIdentities;

/**
 * Two desks change the same record at once through the risk use cases, wired with the JDBC stores,
 * the JDBC outbox and JDBC units of work. Both have read the record before either writes (the
 * clock holds each until the other arrives), so exactly one wins; the other gets a
 * {@link ConcurrencyConflict}, its unit of work is rolled back, and the outbox holds the winner's
 * event only.
 */
@DisplayName("Concurrent risk use cases on JDBC")
class JdbcRiskConcurrencyTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(0xC0, 1));
    private static final StaffMember MANAGER = new StaffMember(new StaffId(new UUID(0xC0, 2)), OFFICE, "王经理",
            Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, Option.none(), Role.OFFICE_MANAGER.defaultClearance());
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Addressee OWNER = Addressee.to(Party.OWNER, "3-1201", Channel.LETTER);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-RN-9: evidence added to one notice by two desks at once is kept for the winner only")
    void noticeUpdatedTwice(TestDatabase database) throws Exception {
        try (Desk desk = new Desk(database)) {
            Notice issued = desk.use.issueNotice(new RiskDesk.IssueNotice(OFFICE, MANAGER.id(),
                    new Particulars.Rectification("阳台违章封闭", false, false), List.of(OWNER),
                    List.of(new Evidence.Stub("stub-1", NOW)))).get();

            Race<Either<Rejections<RiskRejection>, Notice>> race = desk.race(
                    () -> desk.use.addEvidence(new RiskDesk.AddEvidence(OFFICE, MANAGER.id(), issued.id(),
                            new Evidence.ProgressUpdate("progress-A", NOW))),
                    () -> desk.use.addEvidence(new RiskDesk.AddEvidence(OFFICE, MANAGER.id(), issued.id(),
                            new Evidence.ProgressUpdate("progress-B", NOW))));

            Notice winner = race.winner().get();
            assertThat(desk.jdbc.risk().notices().find(OFFICE, issued.id())).contains(winner);
            assertThat(winner.version()).isEqualTo(issued.version() + 1);
            assertThat(desk.outbox()).extracting(Event::type).containsExactly("risk.NoticeIssued", "risk.EvidenceAdded");
            assertThat(desk.outbox().last().payload()).contains(winner.evidence().last().reference());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-RN-3: arrears settled by two desks at once are settled once, on the winner's date")
    void arrearsSettledTwice(TestDatabase database) throws Exception {
        try (Desk desk = new Desk(database)) {
            Arrears owed = desk.use.recordArrears(new RiskDesk.RecordArrears(OFFICE, MANAGER.id(), "物业费-2025-12", "3-1201",
                    LocalDate.of(2025, 12, 31))).get();

            Race<Either<Rejections<RiskRejection>, Arrears>> race = desk.race(
                    () -> desk.use.settleArrears(new RiskDesk.SettleArrears(OFFICE, MANAGER.id(), owed.id(), LocalDate.of(2026, 3, 1))),
                    () -> desk.use.settleArrears(new RiskDesk.SettleArrears(OFFICE, MANAGER.id(), owed.id(), LocalDate.of(2026, 3, 2))));

            Arrears winner = race.winner().get();
            assertThat(desk.jdbc.risk().arrears().find(OFFICE, owed.id())).contains(winner);
            assertThat(desk.jdbc.risk().arrears().outstanding(OFFICE)).isEmpty();
            assertThat(desk.outbox()).extracting(Event::type).containsExactly("risk.ArrearsRecorded", "risk.ArrearsPaid");
            assertThat(desk.outbox().last().payload()).contains(winner.settledOn().get().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-RN-5: two desks registering different warning signs for one work order at once leave the winner's")
    void hazardousWorkUpdatedTwice(TestDatabase database) throws Exception {
        try (Desk desk = new Desk(database)) {
            HazardousWork planned = desk.use.planHazardousWork(new RiskDesk.PlanHazardousWork(OFFICE, MANAGER.id(), "2号门", "open manhole"));
            NoticeId signA = desk.warningFor(planned, "2号门 east").id();
            NoticeId signB = desk.warningFor(planned, "2号门 west").id();

            Race<Either<Rejections<RiskRejection>, HazardousWork>> race = desk.race(
                    () -> desk.use.registerWarning(new RiskDesk.RegisterWarning(OFFICE, MANAGER.id(), planned.id(), signA)),
                    () -> desk.use.registerWarning(new RiskDesk.RegisterWarning(OFFICE, MANAGER.id(), planned.id(), signB)));

            HazardousWork winner = race.winner().get();
            assertThat(desk.jdbc.risk().hazardousWorks().find(OFFICE, planned.id())).contains(winner);
            assertThat(desk.outbox()).extracting(Event::type).containsExactly(
                    "risk.HazardousWorkPlanned", "risk.NoticeIssued", "risk.NoticeIssued", "risk.WarningRegistered");
            assertThat(desk.outbox().last().payload()).contains(winner.warning().get().toString());
        }
    }

    /** What the race left: the winner's answer; the loser's ConcurrencyConflict is checked on the way. */
    record Race<T>(T winner) {}

    record Event(String type, String payload) {}

    /** A risk desk of one office on a fresh database, with a manager and a Shanghai calendar. */
    private static final class Desk implements AutoCloseable {
        final TestDatabase.Fresh fresh;
        final PropertyDeskJdbc jdbc;
        final MeetingClock clock = new MeetingClock(NOW);
        final RiskDesk use;

        Desk(TestDatabase database) {
            fresh = database.fresh();
            jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            jdbc.kernel().directory().register(MANAGER);
            jdbc.kernel().defineCalendar(OFFICE, BusinessCalendar.in(ZoneId.of("Asia/Shanghai")).build());
            use = new RiskDeskService(jdbc.kernel().directory(), jdbc.kernel().calendar(), clock, new SequentialIdentities(),
                    jdbc.transactions(), jdbc.kernel().outbox(), jdbc.risk().notices(), jdbc.risk().arrears(),
                    jdbc.risk().hazardousWorks(), jdbc.risk().incidents(), jdbc.risk().recipients(),
                    RiskPolicy.defaults(), LimitationPolicy.defaults());
        }

        Notice warningFor(HazardousWork work, String where) {
            return use.issueNotice(new RiskDesk.IssueNotice(OFFICE, MANAGER.id(), new Particulars.SafetyWarning(work.id(), work.hazard()),
                    List.of(Addressee.posting(where)), List.empty())).get();
        }

        /** Runs both on threads of their own, met by the clock after their reads; exactly one must win. */
        <T extends Either<?, ?>> Race<T> race(Supplier<T> first, Supplier<T> second) throws InterruptedException {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            clock.meet();
            try {
                List<Future<T>> running = List.of(threads.submit(first::get), threads.submit(second::get));
                List<Object> outcomes = running.map(Desk::outcome);
                assertThat(outcomes).filteredOn(outcome -> outcome instanceof ConcurrencyConflict).hasSize(1);
                @SuppressWarnings("unchecked")
                T winner = (T) outcomes.find(outcome -> !(outcome instanceof Throwable)).getOrElseThrow(
                        () -> new AssertionError("no desk won: " + outcomes));
                assertThat(winner.isRight()).as("the winner's answer %s", winner).isTrue();
                return new Race<>(winner);
            } finally {
                clock.stopMeeting();
                threads.shutdownNow();
                threads.awaitTermination(10, TimeUnit.SECONDS);
            }
        }

        private static Object outcome(Future<?> running) {
            try {
                return running.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError("a desk did not finish", e);
            }
        }

        /** The office's outbox in order. */
        Seq<Event> outbox() throws SQLException {
            try (Connection connection = fresh.dataSource().getConnection();
                    PreparedStatement select = Sql.prepare(connection,
                            "select event_type, payload from pd_outbox where office_id = ? order by position", Sql.id(OFFICE.value()));
                    ResultSet rows = select.executeQuery()) {
                List<Event> events = List.empty();
                while (rows.next()) {
                    events = events.append(new Event(rows.getString("event_type"), rows.getString("payload")));
                }
                return events;
            }
        }

        @Override
        public void close() {
            fresh.close();
        }
    }

    /**
     * A clock standing at one instant. While a meeting is on, each caller waits for the other:
     * the use cases ask for the time after reading their record and before writing it.
     */
    private static final class MeetingClock implements Clock {
        private final Instant now;
        private volatile CyclicBarrier meeting;

        MeetingClock(Instant now) {
            this.now = now;
        }

        void meet() {
            meeting = new CyclicBarrier(2);
        }

        void stopMeeting() {
            meeting = null;
        }

        @Override
        public Instant now() {
            CyclicBarrier current = meeting;
            if (current != null) {
                try {
                    current.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the other desk", e);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other desk never read its record", e);
                }
            }
            return now;
        }
    }
}
