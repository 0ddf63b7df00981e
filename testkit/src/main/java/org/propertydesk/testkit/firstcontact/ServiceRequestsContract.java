package org.propertydesk.testkit.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.firstcontact.ServiceRequests;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.FirstContactPolicy;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * What PropertyDesk relies on from every {@link ServiceRequests} store. Extend it in your tests,
 * return a new, empty store of your implementation from {@link #newStore()}, and every behaviour
 * below is checked against it.
 */
public abstract class ServiceRequestsContract {

    /** A new, empty store; called once per test. */
    protected abstract ServiceRequests newStore();

    private final FirstContactOffice o = FirstContactOffice.numbered(11);
    private final FirstContactOffice other = FirstContactOffice.numbered(12);
    private static final Instant AT = FirstContactArbitraries.RECEIVED_AT;

    private ServiceRequest received(long n, StaffMember firstContact, Instant at) {
        return ServiceRequest.receive(new ServiceRequestId(new UUID(77, n)), firstContact, RequestKind.HELP_REQUEST, Channel.PHONE,
                        "张先生", "3-1202", "客厅天花板漏水", Concern.of(Department.ENGINEERING), at)
                .get().request();
    }

    /** A request that has been through every kind of step: transfer with consent, wrong acceptance, form, reply, contact, completion. */
    private ServiceRequest wellTravelled() {
        Instant at = AT.plus(Duration.ofMinutes(1));
        return received(1, o.frontDesk, AT)
                .transfer(o.frontDesk, o.cleaningLead, TransferMethod.ESCORT, Option.some(AT), Option.some(AT.plus(Duration.ofDays(1))), at)
                .flatMap(step -> step.request().accept(o.cleaningLead, true, at))
                .flatMap(step -> step.request().fileCoordinationForm(o.cleaningLead, Department.CLEANING,
                        TreeSet.of(Department.CLEANING, Department.ENGINEERING), o.customerServiceSupervisor, at))
                .flatMap(step -> step.request().reply(o.cleaningLead, "工程部师傅两点上门", at))
                .flatMap(step -> step.request().recordContact(FirstContactPolicy.defaults(), at))
                .flatMap(step -> step.request().reportCompletion(o.cleaningLead, at, "已修复", o.customerServiceSupervisor, at))
                .get().request();
    }

    @Test
    @DisplayName("R-FC-7: a request reads back field for field, its whole history included")
    void roundTrip() {
        ServiceRequests store = newStore();
        ServiceRequest request = wellTravelled();
        store.add(request);

        assertThat(store.find(o.office, request.id())).contains(request);
    }

    @Test
    @DisplayName("K-1: requests are scoped to their office")
    void scopedByOffice() {
        ServiceRequests store = newStore();
        ServiceRequest request = received(2, o.frontDesk, AT);
        store.add(request);

        assertThat(store.find(other.office, request.id())).isEmpty();
        assertThat(store.firstContactedBy(other.office, o.frontDesk.id())).isEmpty();
    }

    @Test
    @DisplayName("R-FC-1: the requests first contacted by someone, and nobody else's, oldest reception first")
    void byFirstContact() {
        ServiceRequests store = newStore();
        ServiceRequest later = received(3, o.frontDesk, AT.plus(Duration.ofHours(1)));
        ServiceRequest earlier = received(4, o.frontDesk, AT);
        ServiceRequest someoneElses = received(5, o.repairer, AT);
        store.add(later);
        store.add(earlier);
        store.add(someoneElses);

        assertThat(store.firstContactedBy(o.office, o.frontDesk.id())).containsExactly(earlier, later);
    }

    @Test
    @DisplayName("an update from the version read is stored; one from a stale version is a conflict and changes nothing")
    void optimisticConcurrency() {
        ServiceRequests store = newStore();
        ServiceRequest request = received(6, o.frontDesk, AT);
        store.add(request);
        Instant at = AT.plus(Duration.ofMinutes(1));
        ServiceRequest first = request.transfer(o.frontDesk, o.engineeringSupervisor, TransferMethod.PHONE_BRIDGE, Option.none(),
                Option.some(at.plus(Duration.ofDays(1))), at).get().request();
        ServiceRequest second = request.handle(o.frontDesk, at.plus(Duration.ofDays(1)), at).get().request();

        store.update(first, request.version());

        assertThatThrownBy(() -> store.update(second, request.version())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(store.find(o.office, request.id())).contains(first);
    }
}
