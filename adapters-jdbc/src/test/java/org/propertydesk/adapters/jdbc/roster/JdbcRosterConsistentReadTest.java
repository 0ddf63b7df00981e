package org.propertydesk.adapters.jdbc.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.roster.Rosters;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.testkit.roster.OctoberOffice;

/**
 * A roster spans many tables, and a reader must never see one version's posts with another
 * version's assignments, even while a writer keeps replacing them (PostgreSQL and H2 read each
 * statement at the latest commit).
 */
@DisplayName("Reading a roster on JDBC while it is being rewritten")
class JdbcRosterConsistentReadTest {

    private static final int WRITES = 25;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("every read is one committed version of the roster, whole")
    void readsAreWhole(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Rosters rosters = PropertyDeskJdbc.on(fresh.dataSource()).migrate().roster().rosters();
            Roster full = OctoberOffice.plannedRoster();
            Roster thinned = full.plan(List.empty(), full.current().assignments().filter(a -> a.date().getDayOfMonth() % 2 == 0).toList())
                    .get().roster();
            rosters.add(at(full, 0));
            AtomicBoolean writing = new AtomicBoolean(true);

            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    for (long version = 1; version <= WRITES; version++) {
                        rosters.update(at(version % 2 == 1 ? thinned : full, version), version - 1);
                    }
                } finally {
                    writing.set(false);
                }
            });
            int reads = 0;
            while (writing.get() || reads == 0) {
                Roster read = rosters.find(full.office(), full.id()).get();
                assertThat(read.current().assignments().size()).as("assignments read at version %d", read.version())
                        .isEqualTo((read.version() % 2 == 1 ? thinned : full).current().assignments().size());
                assertThat(read).as("the roster read at version %d", read.version())
                        .isEqualTo(at(read.version() % 2 == 1 ? thinned : full, read.version()));
                assertThat(rosters.overlapping(full.office(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1)).head())
                        .satisfies(overlapping -> assertThat(overlapping)
                                .isEqualTo(at(overlapping.version() % 2 == 1 ? thinned : full, overlapping.version())));
                reads++;
            }
            writer.get(120, TimeUnit.SECONDS);
            assertThat(reads).isPositive();
        }
    }

    private static Roster at(Roster roster, long version) {
        return new Roster(roster.id(), roster.office(), roster.department(), roster.period(), roster.posts(), roster.team(),
                roster.schedulers(), roster.latePublicationApproval(), roster.versions(), roster.changes(), roster.leavings(), version);
    }
}
