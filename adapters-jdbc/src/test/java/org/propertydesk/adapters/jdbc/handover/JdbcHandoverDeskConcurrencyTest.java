package org.propertydesk.adapters.jdbc.handover;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.handover.DutyLogs;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.handover.HandoverDesk.Act;
import org.propertydesk.application.handover.HandoverDesk.LogMatter;
import org.propertydesk.application.handover.HandoverDesk.Prepare;
import org.propertydesk.application.handover.HandoverDesk.ReportIncident;
import org.propertydesk.application.handover.HandoverDesk.ResolveIncident;
import org.propertydesk.application.handover.HandoverDeskService;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.application.handover.Incidents;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * Two people act on the same handover, duty log or incident at the same moment through the
 * handover desk wired to the JDBC stores, outbox and units of work: both read the same version,
 * exactly one write wins, the other gets a {@link ConcurrencyConflict}, and the outbox holds only
 * the winner's events.
 */
@DisplayName("The handover desk on JDBC under concurrent use")
class JdbcHandoverDeskConcurrencyTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(0x4d, 1));
    private static final PostId FRONT_DESK = new PostId(new UUID(0x4d, 2));
    private static final StaffId WANG_NIGHT = new StaffId(new UUID(0x4d, 11));
    private static final StaffId LI_MORNING = new StaffId(new UUID(0x4d, 12));
    private static final StaffId ZHAO_SUPERVISOR = new StaffId(new UUID(0x4d, 13));
    private static final StaffId CHEN_MANAGER = new StaffId(new UUID(0x4d, 14));
    /** 08:00 in Beijing. */
    private static final Instant SHIFT_CHANGE = Instant.parse("2026-11-23T00:00:00Z");
    private static final Seq<Item> REGISTER = List.of(new Item(new ItemId(new UUID(0x4d, 21)), "对讲机 2 号", ItemCategory.RADIO, 1));

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-HO-4: the outgoing person completing preparation while the incoming person arrives: one is recorded, the other must retry")
    void concurrentHandoverSteps(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Desk front = new Desk(fresh);
            Handover prepared = front.desk.prepare(new Prepare(OFFICE, WANG_NIGHT, FRONT_DESK, REGISTER)).get();
            front.clock.set(SHIFT_CHANGE.minus(Duration.ofMinutes(10)));
            int before = front.outbox().size();

            Seq<Try<Object>> outcomes = front.race(
                    () -> front.desk.completePreparation(new Act(OFFICE, WANG_NIGHT, prepared.id())).get(),
                    () -> front.desk.arrive(new Act(OFFICE, LI_MORNING, prepared.id())).get());

            boolean completed = front.winner(outcomes) == 0;
            Handover stored = front.jdbc.handover().handovers().find(OFFICE, prepared.id()).get();
            assertThat(stored.version()).isEqualTo(prepared.version() + 1);
            assertThat(stored.circumstances().arrival().isDefined()).isNotEqualTo(completed);
            assertThat(front.outbox().drop(before)).extracting(event -> event[0])
                    .containsExactly(completed ? "handover.PreparationCompleted" : "handover.IncomingArrived");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-HO-1: two matters written into a post's duty log at once: one is logged, the other must retry")
    void concurrentLogging(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Desk front = new Desk(fresh);
            front.desk.log(matter(WANG_NIGHT, "巡查大堂")).get();
            int before = front.outbox().size();

            Seq<Try<Object>> outcomes = front.race(
                    () -> front.desk.log(matter(WANG_NIGHT, "业主报修：电梯异响")).get(),
                    () -> front.desk.log(matter(LI_MORNING, "快递柜故障")).get());

            StaffId winner = front.winner(outcomes) == 0 ? WANG_NIGHT : LI_MORNING;
            StaffId loser = winner.equals(WANG_NIGHT) ? LI_MORNING : WANG_NIGHT;
            DutyLog log = front.jdbc.handover().dutyLogs().ofPost(OFFICE, FRONT_DESK).get();
            assertThat(log.entries()).hasSize(2);
            assertThat(log.entries().last().author()).isEqualTo(winner);
            assertThat(front.outbox().drop(before)).singleElement().satisfies(event -> {
                assertThat(event[0]).isEqualTo("handover.MatterLogged");
                assertThat(event[1]).contains(winner.toString()).doesNotContain(loser.toString());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-HO-1: the first two matters of a post written at once open one duty log, not two")
    void concurrentFirstMatters(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Desk front = new Desk(fresh);
            front.meetBeforeAddingALog();

            Seq<Try<Object>> outcomes = front.race(
                    () -> front.desk.log(matter(WANG_NIGHT, "交班前巡查")).get(),
                    () -> front.desk.log(matter(LI_MORNING, "接班前巡查")).get());

            front.winner(outcomes);
            assertThat(front.jdbc.handover().dutyLogs().ofPost(OFFICE, FRONT_DESK).get().entries()).hasSize(1);
            assertThat(front.outbox()).extracting(event -> event[0]).containsExactly("handover.MatterLogged");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-HO-3: two managers resolving the same incident at once: one resolution is recorded, the other must retry")
    void concurrentResolutions(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Desk front = new Desk(fresh);
            Incident fire = front.desk.reportIncident(new ReportIncident(OFFICE, LI_MORNING, IncidentKind.FIRE, HashSet.empty(),
                    "3 号楼烟感报警")).get();
            int before = front.outbox().size();

            Seq<Try<Object>> outcomes = front.race(
                    () -> front.desk.resolveIncident(new ResolveIncident(OFFICE, ZHAO_SUPERVISOR, fire.id(), "误报，已复位")).get(),
                    () -> front.desk.resolveIncident(new ResolveIncident(OFFICE, CHEN_MANAGER, fire.id(), "确认误报")).get());

            StaffId winner = front.winner(outcomes) == 0 ? ZHAO_SUPERVISOR : CHEN_MANAGER;
            StaffId loser = winner.equals(ZHAO_SUPERVISOR) ? CHEN_MANAGER : ZHAO_SUPERVISOR;
            Incident stored = front.jdbc.handover().incidents().find(OFFICE, fire.id()).get();
            assertThat(stored.resolution().get().by()).isEqualTo(winner);
            assertThat(front.jdbc.handover().incidents().open(OFFICE)).isEmpty();
            assertThat(front.outbox().drop(before)).singleElement().satisfies(event -> {
                assertThat(event[0]).isEqualTo("handover.IncidentResolved");
                assertThat(event[1]).contains(winner.toString()).doesNotContain(loser.toString());
            });
        }
    }

    private static LogMatter matter(StaffId author, String cause) {
        return new LogMatter(OFFICE, author, FRONT_DESK, EntryKind.ROUTINE, cause, "到场查看", "已处理", false);
    }

    /** The front desk of one office on a migrated database, its stores able to make writers meet. */
    private static final class Desk {
        final PropertyDeskJdbc jdbc;
        final SettableClock clock = SettableClock.at(SHIFT_CHANGE.minus(Duration.ofMinutes(20)));
        final Meeting meeting = new Meeting();
        final HandoverDesk desk;

        Desk(TestDatabase.Fresh fresh) {
            jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            jdbc.kernel().directory().register(staff(WANG_NIGHT, "王", Role.CUSTOMER_SERVICE_ASSISTANT, Option.some(ZHAO_SUPERVISOR)));
            jdbc.kernel().directory().register(staff(LI_MORNING, "李", Role.CUSTOMER_SERVICE_ASSISTANT, Option.some(ZHAO_SUPERVISOR)));
            jdbc.kernel().directory().register(staff(ZHAO_SUPERVISOR, "赵", Role.SUPERVISOR, Option.some(CHEN_MANAGER)));
            jdbc.kernel().directory().register(staff(CHEN_MANAGER, "陈", Role.OFFICE_MANAGER, Option.none()));
            jdbc.handover().schedule(OFFICE, new ShiftChange(FRONT_DESK, Department.CUSTOMER_SERVICE, WANG_NIGHT, LI_MORNING, SHIFT_CHANGE));
            desk = new HandoverDeskService(jdbc.kernel().directory(), clock, new SequentialIdentities(), jdbc.transactions(),
                    jdbc.kernel().outbox(), new MeetingHandovers(jdbc.handover().handovers(), meeting),
                    new MeetingDutyLogs(jdbc.handover().dutyLogs(), meeting), new MeetingIncidents(jdbc.handover().incidents(), meeting),
                    jdbc.handover().dutySchedule(), HandoverPolicy.defaults());
        }

        private static StaffMember staff(StaffId id, String name, Role role, Option<StaffId> superior) {
            return new StaffMember(id, OFFICE, name, role, Department.CUSTOMER_SERVICE, superior, role.defaultClearance());
        }

        void meetBeforeAddingALog() {
            meeting.addingLogs = true;
        }

        /** Runs both use cases at once, their stores' writes held until both have read. */
        Seq<Try<Object>> race(Supplier<Object> one, Supplier<Object> other) throws Exception {
            meeting.arm(2);
            CompletableFuture<Try<Object>> first = CompletableFuture.supplyAsync(() -> Try.ofSupplier(one));
            CompletableFuture<Try<Object>> second = CompletableFuture.supplyAsync(() -> Try.ofSupplier(other));
            return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        }

        /** Checks one use case won and the other met a conflict; the winner's index. */
        int winner(Seq<Try<Object>> outcomes) {
            assertThat(outcomes.filter(Try::isSuccess)).hasSize(1);
            assertThat(outcomes.filter(Try::isFailure).map(Try::getCause)).singleElement().isInstanceOf(ConcurrencyConflict.class);
            return outcomes.indexWhere(Try::isSuccess);
        }

        /** The office's outbox rows in order: event type and JSON payload. */
        Seq<String[]> outbox() {
            return new Sql(jdbc.transactions()).query("select event_type, payload from pd_outbox where office_id = ? order by position",
                    row -> new String[] {row.getString("event_type"), row.getString("payload")}, OFFICE.toString());
        }
    }

    /**
     * Once armed, writers wait for each other before they write: every writer has read the record
     * before any writes it, so the race is certain, not left to timing.
     */
    private static final class Meeting {
        private volatile CyclicBarrier barrier;
        volatile boolean addingLogs;

        void arm(int writers) {
            barrier = new CyclicBarrier(writers);
        }

        void beforeWriting() {
            CyclicBarrier armed = barrier;
            if (armed != null) {
                try {
                    armed.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other writer never came", e);
                }
            }
        }
    }

    private record MeetingHandovers(Handovers stored, Meeting meeting) implements Handovers {
        @Override
        public Option<Handover> find(OfficeId office, HandoverId id) {
            return stored.find(office, id);
        }

        @Override
        public Seq<Handover> ofPost(OfficeId office, PostId post) {
            return stored.ofPost(office, post);
        }

        @Override
        public void add(Handover handover) {
            stored.add(handover);
        }

        @Override
        public void update(Handover updated, long expectedVersion) {
            meeting.beforeWriting();
            stored.update(updated, expectedVersion);
        }
    }

    private record MeetingDutyLogs(DutyLogs stored, Meeting meeting) implements DutyLogs {
        @Override
        public Option<DutyLog> find(OfficeId office, DutyLogId id) {
            return stored.find(office, id);
        }

        @Override
        public Option<DutyLog> ofPost(OfficeId office, PostId post) {
            return stored.ofPost(office, post);
        }

        @Override
        public void add(DutyLog log) {
            if (meeting.addingLogs) {
                meeting.beforeWriting();
            }
            stored.add(log);
        }

        @Override
        public void update(DutyLog updated, long expectedVersion) {
            if (!meeting.addingLogs) {
                meeting.beforeWriting();
            }
            stored.update(updated, expectedVersion);
        }
    }

    private record MeetingIncidents(Incidents stored, Meeting meeting) implements Incidents {
        @Override
        public Option<Incident> find(OfficeId office, IncidentId id) {
            return stored.find(office, id);
        }

        @Override
        public Seq<Incident> open(OfficeId office) {
            return stored.open(office);
        }

        @Override
        public void add(Incident incident) {
            stored.add(incident);
        }

        @Override
        public void update(Incident updated, long expectedVersion) {
            meeting.beforeWriting();
            stored.update(updated, expectedVersion);
        }
    }
}
