package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

@DisplayName("The test kit's in-memory kernel adapters")
class InMemoryKernelAdaptersTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    private static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(1, 2));
    private static final StaffId BOSS = new StaffId(new UUID(0, 1));
    private static final StaffId CLERK = new StaffId(new UUID(0, 2));

    @Nested
    @DisplayName("directory")
    class DirectoryTest {

        private final StaffMember boss = StaffMember.of(
                        BOSS, OFFICE, "陈主管", Role.SUPERVISOR, Department.CUSTOMER_SERVICE, Option.some(new StaffId(new UUID(0, 9))))
                .get();
        private final StaffMember clerk = StaffMember.of(
                        CLERK, OFFICE, "王芳", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, Option.some(BOSS))
                .get();

        @Test
        @DisplayName("K-4: finds a staff member's direct superior")
        void findsSuperior() {
            InMemoryDirectory directory = InMemoryDirectory.of(boss, clerk);

            assertThat(directory.superiorOf(OFFICE, CLERK)).contains(boss);
            assertThat(directory.holding(OFFICE, Role.SUPERVISOR)).containsExactly(boss);
            assertThat(directory.inDepartment(OFFICE, Department.CUSTOMER_SERVICE)).containsExactly(boss, clerk);
        }

        @Test
        @DisplayName("K-1: a staff member of one office is not found from another")
        void scopedToOffice() {
            InMemoryDirectory directory = InMemoryDirectory.of(boss, clerk);

            assertThat(directory.staffMember(OTHER_OFFICE, CLERK)).isEmpty();
            assertThat(directory.staffOf(OTHER_OFFICE)).isEmpty();
        }
    }

    @Nested
    @DisplayName("clock")
    class ClockTest {

        @Test
        @DisplayName("K-2: stands still until advanced, and never runs backwards")
        void standsStill() {
            SettableClock clock = SettableClock.at("2026-11-22T01:00:00Z");

            assertThat(clock.now()).isEqualTo(clock.now());
            assertThat(clock.advance(Duration.ofMinutes(15))).isEqualTo(Instant.parse("2026-11-22T01:15:00Z"));
            assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("calendar")
    class CalendarTest {

        @Test
        @DisplayName("K-3: one calendar per office, none for an office it was not given")
        void perOffice() {
            BusinessCalendar shanghai = BusinessCalendar.in(ZoneId.of("Asia/Shanghai")).build();
            InMemoryCalendar calendar = new InMemoryCalendar().with(OFFICE, shanghai);

            assertThat(calendar.of(OFFICE)).contains(shanghai);
            assertThat(calendar.of(OTHER_OFFICE)).isEmpty();
        }
    }

    @Nested
    @DisplayName("identities")
    class IdentitiesTest {

        @Test
        @DisplayName("count up from 1, so a run repeats exactly")
        void countUp() {
            SequentialIdentities ids = new SequentialIdentities();

            assertThat(ids.next()).isEqualTo(UUID.fromString("00000000-0000-0000-0000-000000000001"));
            assertThat(ids.next()).isEqualTo(UUID.fromString("00000000-0000-0000-0000-000000000002"));
        }
    }

    @Nested
    @DisplayName("transactions")
    class TransactionsTest {

        @Test
        @DisplayName("nested units join the running one; only the outermost counts as a commit")
        void nestedJoins() {
            InMemoryTransactions transactions = new InMemoryTransactions();

            String result = transactions.inTransaction(() -> transactions.inTransaction(() -> {
                assertThat(transactions.active()).isTrue();
                return "joined";
            }));

            assertThat(result).isEqualTo("joined");
            assertThat(transactions.committed()).isEqualTo(1);
            assertThat(transactions.active()).isFalse();
        }

        @Test
        @DisplayName("units of work on different threads never overlap")
        void unitsDoNotOverlap() throws InterruptedException {
            InMemoryTransactions transactions = new InMemoryTransactions();
            int[] counter = {0};
            ExecutorService pool = Executors.newFixedThreadPool(4);
            IntStream.range(0, 2_000).forEach(i -> pool.submit(() -> transactions.run(() -> {
                int read = counter[0];
                Thread.yield();
                counter[0] = read + 1;
            })));
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(counter[0]).isEqualTo(2_000);
            assertThat(transactions.committed()).isEqualTo(2_000);
        }

        @Test
        @DisplayName("a unit that throws is not counted as committed and the failure propagates")
        void failureNotCommitted() {
            InMemoryTransactions transactions = new InMemoryTransactions();

            assertThatThrownBy(() -> transactions.run(() -> {
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(transactions.committed()).isZero();
        }
    }

    @Nested
    @DisplayName("audit trail")
    class AuditTrailTest {

        private AuditEvent read(int minute, AuditEvent.Outcome outcome) {
            return new AuditEvent(OFFICE, Instant.parse("2026-11-22T01:00:00Z").plusSeconds(60L * minute), CLERK,
                    "document.read", "offices/1/documents/7", outcome, Option.some(Rule.R_CF_2));
        }

        @Test
        @DisplayName("R-CF-9: granted and denied decisions are chained, and an edit behind the port's back shows")
        void tamperingShows() {
            InMemoryAuditTrail trail = new InMemoryAuditTrail();
            trail.append(read(1, AuditEvent.Outcome.DENIED));
            trail.append(read(2, AuditEvent.Outcome.GRANTED));
            trail.append(read(3, AuditEvent.Outcome.DENIED));
            assertThat(trail.firstTampered(OFFICE)).isEmpty();

            trail.tamper(OFFICE, 2, entry -> new org.propertydesk.application.kernel.AuditEntry(
                    entry.sequence(), read(2, AuditEvent.Outcome.DENIED), entry.previousHash(), entry.hash()));

            assertThat(trail.firstTampered(OFFICE)).contains(2L);
        }

        @Test
        @DisplayName("R-CF-9: concurrent appends form one unbroken chain per office")
        void concurrentAppends() throws InterruptedException {
            InMemoryAuditTrail trail = new InMemoryAuditTrail();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            IntStream.range(0, 500).forEach(i -> pool.submit(() -> trail.append(read(i, AuditEvent.Outcome.GRANTED))));
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(trail.entries(OFFICE)).hasSize(500);
            assertThat(trail.firstTampered(OFFICE)).isEmpty();
            assertThat(trail.entries(OTHER_OFFICE)).isEmpty();
        }
    }
}
