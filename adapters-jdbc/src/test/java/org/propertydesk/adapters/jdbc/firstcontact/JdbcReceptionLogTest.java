package org.propertydesk.adapters.jdbc.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.testkit.firstcontact.FirstContactArbitraries;
import org.propertydesk.testkit.firstcontact.FirstContactOffice;

/** A department's reception log on JDBC (R-FC-7): every line kept once, in the order units of work committed them. */
@DisplayName("The JDBC reception log")
class JdbcReceptionLogTest {

    private static final FirstContactOffice O = FirstContactOffice.numbered(51);

    private static ReceptionEntry entry(int n) {
        return new ReceptionEntry(O.office, Department.ENGINEERING, new ServiceRequestId(new UUID(51, n)), O.frontDesk.id(),
                O.engineeringSupervisor.id(), RequestKind.HELP_REQUEST, "楼道灯不亮 𠮷 " + n,
                FirstContactArbitraries.RECEIVED_AT.plus(Duration.ofMinutes(n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-FC-7: lines recorded by concurrent units of work, the department's first among them, are all kept, none twice")
    void concurrentLines(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<ReceptionEntry> recorded = new ArrayList<>();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int n = 1; n <= 20; n++) {
                    ReceptionEntry entry = entry(n);
                    recorded.add(entry);
                    done.add(pool.submit(() -> jdbc.transactions().run(() -> jdbc.firstContact().receptionLog().record(entry))));
                }
                for (Future<?> each : done) {
                    each.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(jdbc.firstContact().receptionLog().of(O.office, Department.ENGINEERING)).containsExactlyInAnyOrderElementsOf(recorded);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-FC-7: a line whose unit of work fails is not kept")
    void rolledBack(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            jdbc.firstContact().receptionLog().record(entry(1));

            assertThatThrownBy(() -> jdbc.transactions().run(() -> {
                jdbc.firstContact().receptionLog().record(entry(2));
                throw new IllegalStateException("the use case failed after logging");
            })).hasMessageContaining("failed");
            jdbc.firstContact().receptionLog().record(entry(3));

            assertThat(jdbc.firstContact().receptionLog().of(O.office, Department.ENGINEERING)).containsExactly(entry(1), entry(3));
        }
    }
}
