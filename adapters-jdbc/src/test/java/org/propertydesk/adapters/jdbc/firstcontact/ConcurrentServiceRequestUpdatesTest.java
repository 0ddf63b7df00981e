package org.propertydesk.adapters.jdbc.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.application.firstcontact.FirstContactService;
import org.propertydesk.application.firstcontact.ServiceRequests;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.FirstContactRejection;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.testkit.firstcontact.FirstContactArbitraries;
import org.propertydesk.testkit.firstcontact.FirstContactOffice;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * Two colleagues act on the same service request at once, through the first-contact desk wired
 * with the JDBC stores, outbox and units of work: both read the same version (a barrier holds each
 * reader until the other has read too), exactly one write lands, the other is refused with
 * {@link ConcurrencyConflict}, and the outbox and reception log hold the winner's doing only.
 */
@DisplayName("Concurrent changes to one service request on JDBC")
class ConcurrentServiceRequestUpdatesTest {

    private static final FirstContactOffice O = FirstContactOffice.numbered(41);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-FC-1: of a transfer and a hands-on start read at the same version, one wins and the other gets a conflict; the outbox has the winner's events")
    void oneWins(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Desk desk = new Desk(PropertyDeskJdbc.on(fresh.dataSource()).migrate());
            ServiceRequestId id = desk.receive();
            long before = outboxRows(fresh, O.office).size();

            Seq<Attempt> attempts = desk.race(
                    () -> desk.service.transfer(new FirstContactDesk.Transfer(O.office, O.frontDesk.id(), id, O.customerServiceSupervisor.id(),
                            TransferMethod.PHONE_BRIDGE, Option.none(), Option.some(desk.clock.now().plus(Duration.ofDays(1))))),
                    () -> desk.service.handle(new FirstContactDesk.Handle(O.office, O.frontDesk.id(), id,
                            desk.clock.now().plus(Duration.ofHours(4)))));

            assertThat(attempts.filter(Attempt::conflicted)).hasSize(1);
            ServiceRequest winner = attempts.find(attempt -> !attempt.conflicted()).get().request();
            assertThat(desk.jdbc.firstContact().serviceRequests().find(O.office, id)).contains(winner);
            assertThat(winner.version()).isEqualTo(2);
            String expected = winner.transfers().isEmpty() ? "firstcontact.RequestTakenInHand" : "firstcontact.RequestTransferred";
            assertThat(outboxRows(fresh, O.office).drop((int) before)).containsExactly(expected);
        }
    }

    /** One colleague's attempt: the request it left, or the conflict it was refused with. */
    record Attempt(ServiceRequest request, ConcurrencyConflict conflict) {
        boolean conflicted() {
            return conflict != null;
        }
    }

    /** The first-contact desk on JDBC, its request reads held at a barrier while a race is on. */
    private static final class Desk {
        final PropertyDeskJdbc jdbc;
        final SettableClock clock = SettableClock.at(FirstContactArbitraries.RECEIVED_AT);
        final BarrierRequests requests;
        final FirstContactDesk service;

        Desk(PropertyDeskJdbc jdbc) {
            this.jdbc = jdbc;
            O.registerIn(jdbc.kernel().directory());
            this.requests = new BarrierRequests(jdbc.firstContact().serviceRequests());
            this.service = new FirstContactService(requests, jdbc.firstContact().receptionLog(), jdbc.kernel().directory(), clock,
                    new SequentialIdentities(), jdbc.transactions(), jdbc.kernel().outbox());
        }

        ServiceRequestId receive() {
            return service.receive(new FirstContactDesk.Receive(O.office, O.frontDesk.id(), RequestKind.HELP_REQUEST, Channel.PHONE,
                            "张先生", "3-1202", "客厅天花板漏水", Concern.of(Department.ENGINEERING)))
                    .get().request().id();
        }

        Seq<Attempt> race(Supplier<Either<Rejections<FirstContactRejection>, ServiceRequest>> one,
                Supplier<Either<Rejections<FirstContactRejection>, ServiceRequest>> other) throws Exception {
            clock.advance(Duration.ofMinutes(5));
            requests.arm(new CyclicBarrier(2));
            try {
                CompletableFuture<Attempt> first = CompletableFuture.supplyAsync(() -> attempt(one));
                CompletableFuture<Attempt> second = CompletableFuture.supplyAsync(() -> attempt(other));
                return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
            } finally {
                requests.arm(null);
            }
        }

        private static Attempt attempt(Supplier<Either<Rejections<FirstContactRejection>, ServiceRequest>> command) {
            try {
                return new Attempt(command.get().get(), null);
            } catch (ConcurrencyConflict conflict) {
                return new Attempt(null, conflict);
            }
        }
    }

    /** The JDBC service requests, with each read waiting (while armed) until the other colleague has read as well. */
    private static final class BarrierRequests implements ServiceRequests {
        private final ServiceRequests store;
        private volatile CyclicBarrier barrier;

        BarrierRequests(ServiceRequests store) {
            this.store = store;
        }

        void arm(CyclicBarrier barrier) {
            this.barrier = barrier;
        }

        @Override
        public Option<ServiceRequest> find(OfficeId office, ServiceRequestId id) {
            Option<ServiceRequest> read = store.find(office, id);
            CyclicBarrier waiting = barrier;
            if (waiting != null) {
                try {
                    waiting.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other colleague never read the request", e);
                }
            }
            return read;
        }

        @Override
        public void add(ServiceRequest request) {
            store.add(request);
        }

        @Override
        public void update(ServiceRequest updated, long expectedVersion) {
            store.update(updated, expectedVersion);
        }

        @Override
        public Seq<ServiceRequest> firstContactedBy(OfficeId office, StaffId staff) {
            return store.firstContactedBy(office, staff);
        }
    }

    /** The event types in the office's outbox, in order. */
    static List<String> outboxRows(TestDatabase.Fresh fresh, OfficeId office) throws SQLException {
        java.util.List<String> types = new java.util.ArrayList<>();
        try (Connection connection = fresh.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select event_type from pd_outbox where office_id = ? order by position")) {
            select.setString(1, office.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return List.ofAll(types);
    }
}
