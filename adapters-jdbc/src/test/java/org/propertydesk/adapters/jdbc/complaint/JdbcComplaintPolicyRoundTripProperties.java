package org.propertydesk.adapters.jdbc.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.testkit.complaint.ComplaintArbitraries;

/**
 * Whatever numbers an office sets, the JDBC policies give them back (R-CO-4): defined, then
 * replaced, the office's policy reads back equal, to the nanosecond, pauses and warning windows
 * included. Many tries on H2, a few on PostgreSQL and MariaDB, each property in one database.
 */
class JdbcComplaintPolicyRoundTripProperties {

    private final OneDatabase database = new OneDatabase();

    @Provide
    Arbitrary<ComplaintPolicy> policies() {
        return ComplaintArbitraries.policies();
    }

    @Provide
    Arbitrary<OfficeId> offices() {
        return Arbitraries.create(UUID::randomUUID).map(OfficeId::new);
    }

    @Property(tries = 200)
    @Label("R-CO-4: on H2 any policy an office defines, then replaces, reads back number for number")
    void onH2(@ForAll("offices") OfficeId office, @ForAll("policies") ComplaintPolicy first, @ForAll("policies") ComplaintPolicy then) {
        roundTrip(TestDatabase.H2, office, first, then);
    }

    @Property(tries = 20)
    @Label("R-CO-4: on PostgreSQL any policy an office defines, then replaces, reads back number for number")
    void onPostgres(@ForAll("offices") OfficeId office, @ForAll("policies") ComplaintPolicy first, @ForAll("policies") ComplaintPolicy then) {
        roundTrip(TestDatabase.POSTGRESQL, office, first, then);
    }

    @Property(tries = 20)
    @Label("R-CO-4: on MariaDB any policy an office defines, then replaces, reads back number for number")
    void onMariaDb(@ForAll("offices") OfficeId office, @ForAll("policies") ComplaintPolicy first, @ForAll("policies") ComplaintPolicy then) {
        roundTrip(TestDatabase.MARIADB, office, first, then);
    }

    @AfterProperty
    void drop() {
        database.close();
    }

    private void roundTrip(TestDatabase on, OfficeId office, ComplaintPolicy first, ComplaintPolicy then) {
        PropertyDeskJdbc jdbc = database.on(on);
        jdbc.complaint().definePolicy(office, first);
        assertThat(jdbc.complaint().policies().of(office)).isEqualTo(first);
        jdbc.complaint().definePolicy(office, then);
        assertThat(jdbc.complaint().policies().of(office)).isEqualTo(then);
    }
}
