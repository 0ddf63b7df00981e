package org.propertydesk.adapters.jdbc.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.roster.Rosters;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.testkit.roster.RosterArbitraries;

/**
 * Whatever a roster went through, the JDBC store gives it back equal: added, and again after an
 * update. One migrated database per property; each try stores its roster under an office of its
 * own, so tries never meet.
 */
@Label("The JDBC roster store")
class JdbcRosterRoundTripProperties {

    abstract static class RoundTrip {
        private final TestDatabase database;
        private TestDatabase.Fresh fresh;
        private Rosters rosters;

        RoundTrip(TestDatabase database) {
            this.database = database;
        }

        @Provide
        Arbitrary<Roster> rosters() {
            return RosterArbitraries.rostersWithHistory();
        }

        @BeforeProperty
        void migrate() {
            fresh = database.fresh();
            rosters = PropertyDeskJdbc.on(fresh.dataSource()).migrate().roster().rosters();
        }

        @AfterProperty
        void drop() {
            if (fresh != null) {
                fresh.close();
            }
        }

        void keeps(Roster generated) {
            Roster roster = inOwnOffice(generated);
            rosters.add(roster);
            assertThat(rosters.find(roster.office(), roster.id())).contains(roster);

            Roster next = new Roster(roster.id(), roster.office(), roster.department(), roster.period(), roster.posts(),
                    roster.team(), roster.schedulers(), roster.latePublicationApproval(), roster.versions(), roster.changes(),
                    roster.leavings(), roster.version() + 1);
            rosters.update(next, roster.version());
            assertThat(rosters.find(roster.office(), roster.id())).contains(next);
            assertThat(rosters.overlapping(roster.office(), roster.period().last(), roster.period().last())).containsExactly(next);
        }

        private static Roster inOwnOffice(Roster roster) {
            return new Roster(roster.id(), new OfficeId(UUID.randomUUID()), roster.department(), roster.period(), roster.posts(),
                    roster.team(), roster.schedulers(), roster.latePublicationApproval(), roster.versions(), roster.changes(),
                    roster.leavings(), roster.version());
        }
    }

    @Group
    @Label("on H2")
    class OnH2 extends RoundTrip {
        OnH2() {
            super(TestDatabase.H2);
        }

        @Property(tries = 100)
        @Label("R-RO-6: a stored roster reads back equal, with every version, change and leaving")
        void roundTrip(@ForAll("rosters") Roster roster) {
            keeps(roster);
        }
    }

    @Group
    @Label("on PostgreSQL")
    class OnPostgres extends RoundTrip {
        OnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }

        @Property(tries = 20)
        @Label("R-RO-6: a stored roster reads back equal, with every version, change and leaving")
        void roundTrip(@ForAll("rosters") Roster roster) {
            keeps(roster);
        }
    }

    @Group
    @Label("on MariaDB")
    class OnMariaDb extends RoundTrip {
        OnMariaDb() {
            super(TestDatabase.MARIADB);
        }

        @Property(tries = 20)
        @Label("R-RO-6: a stored roster reads back equal, with every version, change and leaving")
        void roundTrip(@ForAll("rosters") Roster roster) {
            keeps(roster);
        }
    }
}
