package org.propertydesk.adapters.jdbc.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.Matter;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.testkit.complaint.ComplaintOffice;

/**
 * Complaints stored before migration V9 have no {@code location_key}; the matter's read (R-CO-5,
 * R-CO-8) must still find them, and only them, on every database.
 */
@DisplayName("Complaints registered before places were keyed (V9)")
class ComplaintsRegisteredBeforeV9Test {

    private static final OfficeId OFFICE = ComplaintOffice.OFFICE;
    private static final Instant T = ComplaintOffice.shanghai("2026-03-10T10:00");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-CO-5, R-CO-8: the complaints about a matter include those stored without a keyed place, compared as places are")
    void unkeyedRowsStillCount(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Complaints store = PropertyDeskJdbc.on(fresh.dataSource()).migrate().complaint().complaints();
            Complaint old = complaint(1, Subject.CLEANING, "Building 3 LIFT  lobby", T);
            Complaint oldElsewhere = complaint(2, Subject.CLEANING, "Building 4 lift lobby", T.plusSeconds(60));
            Complaint oldOtherSubject = complaint(3, Subject.SECURITY, "Building 3 lift lobby", T.plusSeconds(120));
            store.add(old);
            store.add(oldElsewhere);
            store.add(oldOtherSubject);
            try (Connection connection = fresh.dataSource().getConnection();
                    PreparedStatement forget = connection.prepareStatement("update pd_complaint set location_key = null")) {
                forget.executeUpdate();
            }
            Complaint recent = complaint(4, Subject.CLEANING, "building 3 lift lobby", T.plusSeconds(180));
            store.add(recent);

            assertThat(store.aboutMatter(OFFICE, new Matter(Subject.CLEANING, new Location("Building 3 lift lobby")),
                    T.minusSeconds(3600), T.plusSeconds(3600))).containsExactly(old, recent);
        }
    }

    private static Complaint complaint(long n, Subject subject, String place, Instant at) {
        IntakeFacts facts = new IntakeFacts(subject, new Location(place), new Cause.NoFault(), Ask.HELP, Option.none(), false, "…");
        return Complaint.register(new ComplaintId(new UUID(0xC0C0, n)), OFFICE, new ComplainantId("3-120" + n), facts, ComplaintOffice.ASSISTANT,
                        Option.none(), at)
                .get()
                .complaint();
    }
}
