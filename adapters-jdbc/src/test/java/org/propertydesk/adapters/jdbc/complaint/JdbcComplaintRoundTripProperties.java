package org.propertydesk.adapters.jdbc.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.testkit.complaint.ComplaintArbitraries;

/**
 * Whatever a complaint went through, the JDBC store gives it back as it was saved (R-CO-9): added,
 * then updated version by version, every version reads back equal, field for field and event for
 * event. Many tries on H2, a few on PostgreSQL and MariaDB, each property in one database.
 */
class JdbcComplaintRoundTripProperties {

    private final OneDatabase database = new OneDatabase();

    @Provide
    Arbitrary<List<Complaint>> versions() {
        return ComplaintArbitraries.recordVersions();
    }

    @Property(tries = 200)
    @Label("R-CO-9: on H2 every version of any complaint reads back as it was saved")
    void onH2(@ForAll("versions") List<Complaint> versions) {
        roundTrip(TestDatabase.H2, versions);
        Complaint last = versions.get(versions.size() - 1);
        Statistics.label("pauses").collect(last.pauses().isEmpty() ? "none" : "some");
        Statistics.label("events").collect(last.history().size() > 5 ? "more than 5" : "up to 5");
        Statistics.label("longest location").collect(last.facts().location().value().length() == ComplaintArbitraries.MAX_LOCATION_LENGTH);
        Statistics.label("longest complainant").collect(last.complainant().value().length() == ComplaintArbitraries.MAX_COMPLAINANT_LENGTH);
        Statistics.label("outside the BMP").collect(last.facts().account().codePoints().anyMatch(Character::isSupplementaryCodePoint));
    }

    @Property(tries = 20)
    @Label("R-CO-9: on PostgreSQL every version of any complaint reads back as it was saved")
    void onPostgres(@ForAll("versions") List<Complaint> versions) {
        roundTrip(TestDatabase.POSTGRESQL, versions);
    }

    @Property(tries = 20)
    @Label("R-CO-9: on MariaDB every version of any complaint reads back as it was saved")
    void onMariaDb(@ForAll("versions") List<Complaint> versions) {
        roundTrip(TestDatabase.MARIADB, versions);
    }

    @AfterProperty
    void drop() {
        database.close();
    }

    private void roundTrip(TestDatabase on, List<Complaint> versions) {
        Complaints store = database.on(on).complaint().complaints();
        Complaint first = versions.get(0);
        store.add(first);
        assertThat(store.find(first.office(), first.id())).contains(first);
        Complaint previous = first;
        for (Complaint next : versions.subList(1, versions.size())) {
            store.update(next, previous.version());
            assertThat(store.find(next.office(), next.id())).contains(next);
            previous = next;
        }
        Complaint last = previous;
        assertThat(store.byComplainant(last.office(), last.complainant())).contains(last);
        assertThat(store.registeredBetween(last.office(), last.registeredAt(), last.registeredAt())).contains(last);
        assertThat(store.open(last.office()).contains(last)).isEqualTo(!last.isClosed());
        Statistics.label("last event").collect(last.history().last().getClass().getSimpleName());
    }
}
