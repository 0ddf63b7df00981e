package org.propertydesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.Authentication;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.AuditServiceGrpc;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailRequest;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailResponse;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditLogService;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.kernel.Figures;

/**
 * R-CF-9 end to end: someone with database access edits, deletes, reorders or cuts off audit
 * rows with plain SQL; verification — in Java and over gRPC — names where the trail was tampered
 * with. On H2 always, and on the local PostgreSQL (required under CI=true).
 */
@Tag("reliability")
@DisplayName("R-CF-9: audit rows tampered with in the database are found, in Java and over gRPC")
class AuditTamperingTest {

    private static final Set<String> DATABASES = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger TAMPERED = new AtomicInteger();
    private static final AtomicInteger FOUND_IN_JAVA = new AtomicInteger();
    private static final AtomicInteger FOUND_OVER_GRPC = new AtomicInteger();

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("6f1c2a4e-0000-4000-8000-0000000000a1"));
    private static final StaffId MANAGER = new StaffId(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    private static final String O = OFFICE.toString();

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("an edited row", 3L, (Consumer<Statement>) sql -> execute(sql,
                        "update pd_audit_entry set action = 'nothing to see' where office_id = '" + O + "' and sequence = 3")),
                Arguments.of("a deleted row", 3L, (Consumer<Statement>) sql -> execute(sql,
                        "delete from pd_audit_entry where office_id = '" + O + "' and sequence = 3")),
                Arguments.of("two rows swapped", 2L, (Consumer<Statement>) sql -> {
                    execute(sql, "update pd_audit_entry set sequence = 99 where office_id = '" + O + "' and sequence = 2");
                    execute(sql, "update pd_audit_entry set sequence = 2 where office_id = '" + O + "' and sequence = 3");
                    execute(sql, "update pd_audit_entry set sequence = 3 where office_id = '" + O + "' and sequence = 99");
                }),
                Arguments.of("the newest row cut off", 5L, (Consumer<Statement>) sql -> execute(sql,
                        "delete from pd_audit_entry where office_id = '" + O + "' and sequence = 5")));
    }

    static Stream<Arguments> cases() {
        return Stream.of("H2", "PostgreSQL").flatMap(database -> tamperings().map(t -> Arguments.of(database, t.get()[0], t.get()[1], t.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void tamperingIsFound(String database, String what, long firstTampered, Consumer<Statement> tamper) throws Exception {
        Fresh fresh = database.equals("H2") ? h2() : postgres();
        try {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource).migrate();
            jdbc.kernel().directory().register(StaffMember.of(MANAGER, OFFICE, "周经理", Role.OFFICE_MANAGER,
                    Department.ADMINISTRATION_HR, Option.some(new StaffId(new UUID(0, 9)))).get());
            for (int i = 0; i < 5; i++) {
                jdbc.kernel().auditTrail().append(new AuditEvent(OFFICE, Instant.parse("2026-10-08T02:00:00Z").plusSeconds(i), MANAGER,
                        "read document", "offices/" + O + "/documents/" + i, AuditEvent.Outcome.GRANTED, Option.some(Rule.R_CF_2)));
            }
            assertThat(verifyOverGrpc(jdbc).getIntact()).isTrue();

            try (Connection connection = fresh.dataSource.getConnection(); Statement sql = connection.createStatement()) {
                tamper.accept(sql);
            }

            TAMPERED.incrementAndGet();
            DATABASES.add(database);
            assertThat(jdbc.kernel().auditTrail().firstTampered(OFFICE)).contains(firstTampered);
            FOUND_IN_JAVA.incrementAndGet();
            VerifyAuditTrailResponse overGrpc = verifyOverGrpc(jdbc);
            assertThat(overGrpc.getIntact()).isFalse();
            assertThat(overGrpc.getFirstTamperedSequence()).isEqualTo(firstTampered);
            FOUND_OVER_GRPC.incrementAndGet();
        } finally {
            fresh.drop.run();
        }
    }

    @AfterAll
    static void report() {
        Figures.section("audit-tampering", "Audit trail tampered with in the database (R-CF-9)")
                .figure("databases", String.join(", ", new TreeSet<>(DATABASES)))
                .figure("tamperings made with SQL (edit, delete, reorder, cut off)", TAMPERED.get())
                .figure("found by verification in Java, at the first tampered row", FOUND_IN_JAVA.get())
                .figure("found by verification over gRPC, at the first tampered row", FOUND_OVER_GRPC.get())
                .write();
    }

    private static VerifyAuditTrailResponse verifyOverGrpc(PropertyDeskJdbc jdbc) throws Exception {
        String name = InProcessServerBuilder.generateName();
        PropertyDeskServices services = PropertyDeskServices.builder(new RequestsService(jdbc.transactions(), jdbc.kernel().idempotency()))
                .audit(new AuditLogService(jdbc.kernel().auditTrail(), jdbc.kernel().directory(), jdbc.transactions()))
                .build();
        InProcessServerBuilder builder = InProcessServerBuilder.forName(name);
        Authentication authentication = new Authentication(BearerTokens.fixed(Map.of("manager", new Caller(OFFICE, MANAGER))));
        services.definitions().forEach(definition -> builder.addService(ServerInterceptors.intercept(definition, authentication)));
        Server server = builder.build().start();
        ManagedChannel channel = InProcessChannelBuilder.forName(name).build();
        try {
            return Bearer.token(AuditServiceGrpc.newBlockingStub(channel), "manager")
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice("offices/" + O).build());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private record Fresh(DataSource dataSource, Runnable drop) {}

    private static Fresh h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:tamper-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new Fresh(h2, () -> execute(h2, "shutdown"));
    }

    private static Fresh postgres() {
        String url = System.getenv().getOrDefault("PROPERTYDESK_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        try (Connection probe = DriverManager.getConnection(url)) {
            probe.isValid(5);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL must be reachable under CI at " + url, e);
            }
            Assumptions.abort("PostgreSQL is not reachable at " + url);
        }
        String schema = "tamper_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        execute(admin, "create schema " + schema);
        PGSimpleDataSource scoped = new PGSimpleDataSource();
        scoped.setURL(url + "&currentSchema=" + schema);
        return new Fresh(scoped, () -> execute(admin, "drop schema " + schema + " cascade"));
    }

    private static void execute(DataSource dataSource, String statement) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static void execute(Statement sql, String statement) {
        try {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
