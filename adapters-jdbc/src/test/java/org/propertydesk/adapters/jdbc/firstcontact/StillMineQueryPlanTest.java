package org.propertydesk.adapters.jdbc.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The "still mine" list stays index-backed at scale (R-FC-1; DESIGN.md, "JDBC adapter": work-queue
 * queries use indexes): on PostgreSQL with 100,000 service requests of 50 offices, 20 first
 * contacts each, every request with its concern and contact and every third with a transfer,
 * acceptance, coordination form and reply, analysed, the plans of the request rows and of every
 * child table's rows of one person's requests scan no table sequentially.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The \"still mine\" query on 100,000 service requests in PostgreSQL")
class StillMineQueryPlanTest {

    private static final int OFFICES = 50;
    private static final int PER_OFFICE = 2_000;
    private static final int STAFF = 20;
    private static final long START = 1_767_225_600L;
    private static final OfficeId OFFICE = office(7);
    private static final StaffId FIRST_CONTACT = staff(7, 3);

    private TestDatabase.Fresh fresh;
    private PropertyDeskJdbc jdbc;

    @BeforeAll
    void load() throws SQLException {
        fresh = TestDatabase.POSTGRESQL.fresh();
        ((PGSimpleDataSource) fresh.dataSource()).setReWriteBatchedInserts(true);
        jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
        try (Connection connection = fresh.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement requests = connection.prepareStatement("insert into pd_service_request (office_id, request_id,"
                            + " version, kind, channel, customer_name, customer_contact, matter, across_offices, first_contact_id,"
                            + " first_contact_department, received_second, received_nano, status, concern_version, transfer_count,"
                            + " acceptance_count, form_count, reply_count, contact_count) values (?, ?, 1, 'HELP_REQUEST', 'PHONE', '张先生',"
                            + " '3-1202', '楼道灯不亮', false, ?, 'CUSTOMER_SERVICE', ?, 0, 'RECEIVED', 1, ?, ?, ?, ?, 1)");
                    PreparedStatement concern = connection.prepareStatement("insert into pd_service_request_concern (office_id,"
                            + " request_id, version, department) values (?, ?, 1, 'ENGINEERING')");
                    PreparedStatement contact = connection.prepareStatement("insert into pd_service_request_contact (office_id,"
                            + " request_id, position, at_second, at_nano) values (?, ?, 0, ?, 0)");
                    PreparedStatement transfer = connection.prepareStatement("insert into pd_service_request_transfer (office_id,"
                            + " request_id, position, from_id, to_id, to_department, method, at_second, at_nano)"
                            + " values (?, ?, 0, ?, ?, 'ENGINEERING', 'PHONE_BRIDGE', ?, 0)");
                    PreparedStatement acceptance = connection.prepareStatement("insert into pd_service_request_acceptance (office_id,"
                            + " request_id, position, by_id, department, wrong_transfer, at_second, at_nano)"
                            + " values (?, ?, 0, ?, 'ENGINEERING', false, ?, 0)");
                    PreparedStatement form = connection.prepareStatement("insert into pd_coordination_form (office_id, request_id,"
                            + " position, reason, lead_department, filed_by, filed_with, at_second, at_nano)"
                            + " values (?, ?, 0, 'SHARED_RESPONSIBILITY', 'ENGINEERING', ?, ?, ?, 0)");
                    PreparedStatement formDepartment = connection.prepareStatement("insert into pd_coordination_form_department"
                            + " (office_id, request_id, position, department) values (?, ?, 0, ?)");
                    PreparedStatement reply = connection.prepareStatement("insert into pd_customer_reply (office_id, request_id, position,"
                            + " reply_text, by_id, department, at_second, at_nano) values (?, ?, 0, '维修师傅下午两点上门', ?, 'ENGINEERING', ?, 0)")) {
                for (int o = 0; o < OFFICES; o++) {
                    String office = office(o).toString();
                    String supervisor = staff(o, STAFF).toString();
                    for (int n = 0; n < PER_OFFICE; n++) {
                        String id = new UUID(o, n).toString();
                        String firstContact = staff(o, n % STAFF).toString();
                        long at = START + n * 600L;
                        boolean travelled = travelled(n);
                        int more = travelled ? 1 : 0;
                        bind(requests, office, id, firstContact, at, more, more, more, more);
                        requests.addBatch();
                        bind(concern, office, id);
                        concern.addBatch();
                        bind(contact, office, id, at);
                        contact.addBatch();
                        if (travelled) {
                            bind(transfer, office, id, firstContact, supervisor, at + 60);
                            transfer.addBatch();
                            bind(acceptance, office, id, supervisor, at + 120);
                            acceptance.addBatch();
                            bind(form, office, id, supervisor, supervisor, at + 180);
                            form.addBatch();
                            for (String department : List.of("ENGINEERING", "CLEANING")) {
                                bind(formDepartment, office, id, department);
                                formDepartment.addBatch();
                            }
                            bind(reply, office, id, supervisor, at + 240);
                            reply.addBatch();
                        }
                    }
                    for (PreparedStatement batch : List.of(requests, concern, contact, transfer, acceptance, form, formDepartment, reply)) {
                        batch.executeBatch();
                    }
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement analyse = connection.createStatement()) {
                analyse.execute("analyze pd_service_request");
                for (String table : JdbcServiceRequests.CHILD_TABLES) {
                    analyse.execute("analyze " + table);
                }
            }
        }
    }

    @AfterAll
    void drop() {
        if (fresh != null) {
            fresh.close();
        }
    }

    @Test
    @DisplayName("R-FC-1: one person's first-contacted requests and each of their child tables are read through indexes")
    void stillMine() throws SQLException {
        Object[] parameters = {OFFICE.toString(), FIRST_CONTACT.toString()};
        assertIndexed(JdbcServiceRequests.rowsQuery(JdbcServiceRequests.FIRST_CONTACTED_BY), parameters);
        for (String table : JdbcServiceRequests.CHILD_TABLES) {
            assertIndexed(JdbcServiceRequests.childQuery(table, JdbcServiceRequests.FIRST_CONTACTED_BY), parameters);
        }

        Seq<ServiceRequest> mine = jdbc.firstContact().serviceRequests().firstContactedBy(OFFICE, FIRST_CONTACT);
        assertThat(mine).hasSize(PER_OFFICE / STAFF).allSatisfy(request -> assertThat(request.firstContact()).isEqualTo(FIRST_CONTACT));
        assertThat(mine.map(ServiceRequest::receivedAt).toJavaList()).isSorted();
        assertThat(mine).allSatisfy(request -> assertThat(request.contacts()).hasSize(1));
        assertThat(mine.filter(request -> request.transfers().size() == 1 && request.replies().size() == 1))
                .hasSize((int) IntStream.range(0, PER_OFFICE).filter(n -> n % STAFF == 3 && travelled(n)).count());
    }

    private static boolean travelled(int n) {
        return n % 3 == 0;
    }

    private void assertIndexed(String query, Object... parameters) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = fresh.dataSource().getConnection();
                PreparedStatement explain = Sql.prepare(connection, "explain " + query, parameters);
                ResultSet lines = explain.executeQuery()) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }
        assertThat(String.join("\n", plan)).as(query).doesNotContain("Seq Scan").contains("Index");
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static OfficeId office(int n) {
        return new OfficeId(new UUID(0xbeef, n));
    }

    private static StaffId staff(int office, int n) {
        return new StaffId(new UUID(0x57aff + office, n));
    }
}
