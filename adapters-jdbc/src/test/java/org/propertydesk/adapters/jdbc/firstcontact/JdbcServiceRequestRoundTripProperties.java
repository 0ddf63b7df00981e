package org.propertydesk.adapters.jdbc.firstcontact;

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
import org.propertydesk.application.firstcontact.ServiceRequests;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.testkit.firstcontact.FirstContactArbitraries;
import org.propertydesk.testkit.firstcontact.FirstContactOffice;

/**
 * Whatever a service request went through, the JDBC store gives it back as it was saved: added,
 * then updated version by version, every version reads back equal with all its transfers,
 * acceptances, coordination forms, replies and contacts. Many tries on H2, a few on PostgreSQL and
 * MariaDB, each property in one database.
 */
class JdbcServiceRequestRoundTripProperties {

    private static final FirstContactOffice OFFICE = FirstContactOffice.numbered(31);

    private final OneDatabase database = new OneDatabase();

    @Provide
    Arbitrary<List<ServiceRequest>> versions() {
        return FirstContactArbitraries.requestVersions(OFFICE);
    }

    @Property(tries = 200)
    @Label("R-FC-1, R-FC-7: on H2 every version of any service request reads back as it was saved")
    void onH2(@ForAll("versions") List<ServiceRequest> versions) {
        roundTrip(TestDatabase.H2, versions);
        ServiceRequest last = versions.get(versions.size() - 1);
        Statistics.label("status").collect(last.status());
        Statistics.label("transfers").collect(last.transfers().isEmpty() ? "none" : "some");
        Statistics.label("coordination forms").collect(last.coordinationForms().isEmpty() ? "none" : "some");
        Statistics.label("replies").collect(last.replies().isEmpty() ? "none" : "some");
        Statistics.label("longest customer name").collect(last.customer().name().length() == FirstContactArbitraries.MAX_CUSTOMER_NAME_LENGTH);
        Statistics.label("outside the BMP").collect(last.matter().codePoints().anyMatch(Character::isSupplementaryCodePoint));
    }

    @Property(tries = 20)
    @Label("R-FC-1, R-FC-7: on PostgreSQL every version of any service request reads back as it was saved")
    void onPostgres(@ForAll("versions") List<ServiceRequest> versions) {
        roundTrip(TestDatabase.POSTGRESQL, versions);
    }

    @Property(tries = 20)
    @Label("R-FC-1, R-FC-7: on MariaDB every version of any service request reads back as it was saved")
    void onMariaDb(@ForAll("versions") List<ServiceRequest> versions) {
        roundTrip(TestDatabase.MARIADB, versions);
    }

    @AfterProperty
    void drop() {
        database.close();
    }

    private void roundTrip(TestDatabase on, List<ServiceRequest> versions) {
        ServiceRequests store = database.on(on).firstContact().serviceRequests();
        ServiceRequest first = versions.get(0);
        store.add(first);
        assertThat(store.find(first.office(), first.id())).contains(first);
        ServiceRequest previous = first;
        for (ServiceRequest next : versions.subList(1, versions.size())) {
            store.update(next, previous.version());
            assertThat(store.find(next.office(), next.id())).contains(next);
            previous = next;
        }
        assertThat(store.firstContactedBy(previous.office(), previous.firstContact())).contains(previous);
    }
}
