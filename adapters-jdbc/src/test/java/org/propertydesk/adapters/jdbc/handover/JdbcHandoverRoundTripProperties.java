package org.propertydesk.adapters.jdbc.handover;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.Instant;
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
import org.propertydesk.domain.handover.Disposition;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.EntryId;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Escalated;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverTerms;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.LogEntry;
import org.propertydesk.domain.handover.Preparing;
import org.propertydesk.domain.handover.Ready;
import org.propertydesk.domain.handover.Refused;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.testkit.handover.HandoverArbitraries;

/**
 * Whatever a handover, a duty log or an incident went through, the JDBC stores give it back equal:
 * added, and again after an update. One migrated database per property; each try stores its
 * aggregate under an office of its own, so tries never meet.
 */
@Label("The JDBC handover stores")
class JdbcHandoverRoundTripProperties {

    abstract static class RoundTrip {
        private final TestDatabase database;
        private TestDatabase.Fresh fresh;
        JdbcHandover stores;

        RoundTrip(TestDatabase database) {
            this.database = database;
        }

        @Provide
        Arbitrary<Handover> handovers() {
            return HandoverArbitraries.handoversWithHistory();
        }

        @Provide
        Arbitrary<DutyLog> dutyLogs() {
            return HandoverArbitraries.dutyLogs();
        }

        @Provide
        Arbitrary<Incident> incidents() {
            return HandoverArbitraries.incidents();
        }

        @BeforeProperty
        void migrate() {
            fresh = database.fresh();
            stores = PropertyDeskJdbc.on(fresh.dataSource()).migrate().handover();
        }

        @AfterProperty
        void drop() {
            if (fresh != null) {
                fresh.close();
            }
        }

        void keepsHandover(Handover generated) {
            Handover handover = moved(generated, new OfficeId(UUID.randomUUID()), generated.version());
            stores.handovers().add(handover);
            assertThat(stores.handovers().find(handover.office(), handover.id())).contains(handover);
            assertThat(stores.handovers().ofPost(handover.office(), handover.post())).containsExactly(handover);

            Handover next = moved(handover, handover.office(), handover.version() + 1);
            stores.handovers().update(next, handover.version());
            assertThat(stores.handovers().find(handover.office(), handover.id())).contains(next);
        }

        /**
         * Added, the log reads back equal; then stored as an earlier log (its first matters still
         * open, and one matter since struck out), an update to the generated log writes the new
         * matters, changes the settled ones and removes the struck one.
         */
        void keepsDutyLog(DutyLog generated) {
            OfficeId office = new OfficeId(UUID.randomUUID());
            DutyLog log = new DutyLog(generated.id(), office, generated.post(), generated.entries(), generated.version());
            stores.dutyLogs().add(log);
            assertThat(stores.dutyLogs().find(office, log.id())).contains(log);
            assertThat(stores.dutyLogs().ofPost(office, log.post())).contains(log);

            OfficeId elsewhere = new OfficeId(UUID.randomUUID());
            List<LogEntry> earlier = generated.entries().take(generated.entries().size() / 2)
                    .map(entry -> new LogEntry(entry.id(), entry.kind(), entry.cause(), entry.course(), "…",
                            new Disposition.Open(), entry.author(), entry.at()))
                    .toList()
                    .append(new LogEntry(new EntryId(new UUID(9, 999)), EntryKind.ROUTINE, "误记", "误记", "误记",
                            new Disposition.Open(), new StaffId(new UUID(3, 1)), Instant.parse("2026-11-22T16:00:00Z")));
            stores.dutyLogs().add(new DutyLog(generated.id(), elsewhere, generated.post(), earlier, generated.version() - 1));
            DutyLog later = new DutyLog(generated.id(), elsewhere, generated.post(), generated.entries(), generated.version());
            stores.dutyLogs().update(later, generated.version() - 1);
            assertThat(stores.dutyLogs().find(elsewhere, later.id())).contains(later);
        }

        void keepsIncident(Incident generated) {
            Incident incident = new Incident(generated.id(), new OfficeId(UUID.randomUUID()), generated.kind(), generated.concerned(),
                    generated.description(), generated.reporter(), generated.reportedAt(), generated.resolution(), generated.version());
            stores.incidents().add(incident);
            assertThat(stores.incidents().find(incident.office(), incident.id())).contains(incident);
            assertThat(stores.incidents().open(incident.office())).isEqualTo(incident.open() ? List.of(incident) : List.empty());

            Incident next = new Incident(incident.id(), incident.office(), incident.kind(), incident.concerned(),
                    incident.description(), incident.reporter(), incident.reportedAt(), incident.resolution(), incident.version() + 1);
            stores.incidents().update(next, incident.version());
            assertThat(stores.incidents().find(incident.office(), incident.id())).contains(next);
        }

        /** The same handover in another office and at another version. */
        static Handover moved(Handover handover, OfficeId office, long version) {
            HandoverTerms t = handover.terms();
            HandoverTerms terms = new HandoverTerms(office, t.post(), t.department(), t.outgoing(), t.shiftChange(), t.dutyLog(),
                    t.register(), t.preparation());
            if (handover instanceof Preparing h) {
                return new Preparing(h.id(), version, terms, h.circumstances());
            }
            if (handover instanceof Ready h) {
                return new Ready(h.id(), version, terms, h.circumstances());
            }
            if (handover instanceof InCount h) {
                return new InCount(h.id(), version, terms, h.circumstances(), h.count());
            }
            if (handover instanceof Refused h) {
                return new Refused(h.id(), version, terms, h.circumstances(), h.count(), h.refusedAt());
            }
            if (handover instanceof Escalated h) {
                return new Escalated(h.id(), version, terms, h.circumstances(), h.count(), h.superior(), h.escalatedAt());
            }
            Signed h = (Signed) handover;
            return new Signed(h.id(), version, terms, h.circumstances(), h.count(), h.completedAt());
        }
    }

    @Group
    @Label("on H2")
    class OnH2 extends RoundTrip {
        OnH2() {
            super(TestDatabase.H2);
        }

        @Property(tries = 100)
        @Label("R-HO-7: a stored handover reads back equal in its state, with register, count, questions and signatures")
        void handover(@ForAll("handovers") Handover handover) {
            keepsHandover(handover);
        }

        @Property(tries = 100)
        @Label("R-HO-1: a stored duty log reads back equal, and an update writes exactly the changed matters")
        void dutyLog(@ForAll("dutyLogs") DutyLog log) {
            keepsDutyLog(log);
        }

        @Property(tries = 100)
        @Label("R-HO-3: a stored incident reads back equal, and is open exactly while unresolved")
        void incident(@ForAll("incidents") Incident incident) {
            keepsIncident(incident);
        }
    }

    @Group
    @Label("on PostgreSQL")
    class OnPostgres extends RoundTrip {
        OnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }

        @Property(tries = 20)
        @Label("R-HO-7: a stored handover reads back equal in its state, with register, count, questions and signatures")
        void handover(@ForAll("handovers") Handover handover) {
            keepsHandover(handover);
        }

        @Property(tries = 20)
        @Label("R-HO-1: a stored duty log reads back equal, and an update writes exactly the changed matters")
        void dutyLog(@ForAll("dutyLogs") DutyLog log) {
            keepsDutyLog(log);
        }

        @Property(tries = 20)
        @Label("R-HO-3: a stored incident reads back equal, and is open exactly while unresolved")
        void incident(@ForAll("incidents") Incident incident) {
            keepsIncident(incident);
        }
    }

    @Group
    @Label("on MariaDB")
    class OnMariaDb extends RoundTrip {
        OnMariaDb() {
            super(TestDatabase.MARIADB);
        }

        @Property(tries = 20)
        @Label("R-HO-7: a stored handover reads back equal in its state, with register, count, questions and signatures")
        void handover(@ForAll("handovers") Handover handover) {
            keepsHandover(handover);
        }

        @Property(tries = 20)
        @Label("R-HO-1: a stored duty log reads back equal, and an update writes exactly the changed matters")
        void dutyLog(@ForAll("dutyLogs") DutyLog log) {
            keepsDutyLog(log);
        }

        @Property(tries = 20)
        @Label("R-HO-3: a stored incident reads back equal, and is open exactly while unresolved")
        void incident(@ForAll("incidents") Incident incident) {
            keepsIncident(incident);
        }
    }
}
