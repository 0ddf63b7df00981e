package org.propertydesk.adapters.jdbc.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.roster.OctoberOffice.LOBBY_GUARDS;
import static org.propertydesk.testkit.roster.OctoberOffice.OCTOBER;
import static org.propertydesk.testkit.roster.OctoberOffice.OFFICE;
import static org.propertydesk.testkit.roster.OctoberOffice.SCHEDULER;
import static org.propertydesk.testkit.roster.OctoberOffice.at;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.LocalDate;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.roster.RosterDesk;
import org.propertydesk.application.roster.RosterDesk.DraftRoster;
import org.propertydesk.application.roster.RosterDesk.PlanAssignments;
import org.propertydesk.application.roster.RosterDeskService;
import org.propertydesk.application.roster.Rosters;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;
import org.propertydesk.testkit.roster.OctoberOffice;

/**
 * Two staff members act on the same roster at the same moment through the roster desk wired to the
 * JDBC stores, outbox and units of work: both read the same version, exactly one write wins, the
 * other gets a {@link ConcurrencyConflict}, and the outbox holds only the winner's events.
 */
@DisplayName("The roster desk on JDBC under concurrent use")
class JdbcRosterDeskConcurrencyTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-RO-6: two guards acknowledging the same version at once: one is recorded, the other must retry")
    void concurrentAcknowledgements(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            Rendezvous rosters = new Rendezvous(jdbc.roster().rosters());
            SettableClock clock = SettableClock.at(at(LocalDate.of(2026, 9, 1), 9, 0));
            OctoberOffice.staff().forEach(jdbc.kernel().directory()::register);
            jdbc.kernel().defineCalendar(OFFICE, OctoberOffice.calendar());
            RosterDesk desk = new RosterDeskService(rosters, jdbc.kernel().directory(), jdbc.kernel().calendar(), clock,
                    new SequentialIdentities(), jdbc.transactions(), jdbc.kernel().outbox(), RosterPolicy.defaults());
            RosterId roster = desk.draft(new DraftRoster(OFFICE, SCHEDULER, Department.CUSTOMER_SERVICE, OCTOBER,
                    OctoberOffice.posts(), HashSet.of(SCHEDULER))).get().id();
            desk.plan(new PlanAssignments(OFFICE, SCHEDULER, roster, OctoberOffice.assignments(), List.empty())).get();
            clock.set(at(LocalDate.of(2026, 9, 20), 10, 0));
            desk.publish(OFFICE, SCHEDULER, roster).get();
            int before = outbox(jdbc, OFFICE).size();
            StaffId first = LOBBY_GUARDS.get(0);
            StaffId second = LOBBY_GUARDS.get(1);

            rosters.meetBeforeUpdating(2);
            CompletableFuture<Try<Either<?, Roster>>> one = CompletableFuture.supplyAsync(
                    () -> Try.of(() -> desk.acknowledge(OFFICE, first, roster, 1)));
            CompletableFuture<Try<Either<?, Roster>>> other = CompletableFuture.supplyAsync(
                    () -> Try.of(() -> desk.acknowledge(OFFICE, second, roster, 1)));
            Seq<Try<Either<?, Roster>>> outcomes = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));

            assertThat(outcomes.filter(Try::isSuccess)).hasSize(1);
            assertThat(outcomes.filter(Try::isFailure).map(Try::getCause))
                    .singleElement().isInstanceOf(ConcurrencyConflict.class);
            StaffId winner = outcomes.get(0).isSuccess() ? first : second;
            StaffId loser = winner.equals(first) ? second : first;
            Roster stored = jdbc.roster().rosters().find(OFFICE, roster).get();
            assertThat(stored.published().get().acknowledged().keySet()).containsExactly(winner);
            assertThat(stored.version()).isEqualTo(outcomes.find(Try::isSuccess).get().get().get().version());
            Seq<String[]> events = outbox(jdbc, OFFICE).drop(before);
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event[0]).isEqualTo("roster.RosterAcknowledged");
                assertThat(event[1]).contains(winner.toString()).doesNotContain(loser.toString());
            });
        }
    }

    /** The office's outbox rows in order: event type and JSON payload. */
    static Seq<String[]> outbox(PropertyDeskJdbc jdbc, OfficeId office) {
        return new Sql(jdbc.transactions()).query("select event_type, payload from pd_outbox where office_id = ? order by position",
                row -> new String[] {row.getString("event_type"), row.getString("payload")}, office.toString());
    }

    /**
     * The JDBC rosters, except that once armed the updates wait for each other: every writer has
     * read the roster before any writes it, so the race is certain, not left to timing.
     */
    static final class Rendezvous implements Rosters {
        private final Rosters stored;
        private volatile CyclicBarrier barrier;

        Rendezvous(Rosters stored) {
            this.stored = stored;
        }

        void meetBeforeUpdating(int writers) {
            barrier = new CyclicBarrier(writers);
        }

        @Override
        public Option<Roster> find(OfficeId office, RosterId roster) {
            return stored.find(office, roster);
        }

        @Override
        public void add(Roster roster) {
            stored.add(roster);
        }

        @Override
        public void update(Roster updated, long expectedVersion) {
            CyclicBarrier armed = barrier;
            if (armed != null) {
                try {
                    armed.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other writer never came", e);
                }
            }
            stored.update(updated, expectedVersion);
        }

        @Override
        public Seq<Roster> overlapping(OfficeId office, LocalDate from, LocalDate to) {
            return stored.overlapping(office, from, to);
        }
    }
}
