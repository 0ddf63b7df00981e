package org.propertydesk.testkit.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.FirstContactEvent;
import org.propertydesk.domain.firstcontact.FirstContactRejection;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.Routing;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.Stage;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rule;

/**
 * The walkthrough of DESIGN.md through the port: a leak reported at the front desk is sent to
 * cleaning by mistake; cleaning takes it on, files the coordination form, answers the customer and
 * reports completion; the front desk's "still mine" list empties only then.
 */
@DisplayName("A leak wrongly sent to cleaning, through the first-contact desk")
class WrongTransferAtTheDeskTest {

    private final DeskFixture f = new DeskFixture();
    private final FirstContactOffice o = f.office;

    private FirstContactDesk.Received receiveLeak() {
        return f.desk.receive(new FirstContactDesk.Receive(o.office, o.frontDesk.id(), RequestKind.HELP_REQUEST, Channel.PHONE,
                "张先生", "138-0000-1202", "客厅天花板漏水", Concern.of(Department.ENGINEERING))).get();
    }

    private Instant tomorrow() {
        return f.clock.now().plus(Duration.ofDays(1));
    }

    @Test
    @DisplayName("R-FC-1, R-FC-3, R-FC-7: receiving makes the front desk the owner, routes to engineering's supervisor and logs it")
    void receive() {
        FirstContactDesk.Received received = receiveLeak();

        assertThat(received.request().firstContact()).isEqualTo(o.frontDesk.id());
        assertThat(received.routing()).isEqualTo(new Routing.TransferToResponsibleSupervisor(
                Department.ENGINEERING, Routing.Why.MANAGER_SINGLE_OTHER_DEPARTMENT));
        assertThat(f.desk.stillMine(o.office, o.frontDesk.id())).containsExactly(received.request());
        assertThat(f.desk.receptionLog(o.office, Department.CUSTOMER_SERVICE)).singleElement()
                .satisfies(entry -> assertThat(entry.firstContact()).isEqualTo(o.frontDesk.id()));
        assertThat(f.outbox.events(o.office, FirstContactEvent.ServiceRequestReceived.class)).hasSize(1);
    }

    @Test
    @DisplayName("R-FC-5, R-FC-7: the wrong department keeps it, files the form, answers, reports completion; the owner's list empties only then")
    void wrongTransferToCompletion() {
        ServiceRequestId id = receiveLeak().request().id();
        f.clock.advance(Duration.ofMinutes(2));
        f.desk.transfer(new FirstContactDesk.Transfer(o.office, o.frontDesk.id(), id, o.cleaningLead.id(),
                TransferMethod.PHONE_BRIDGE, Option.none(), Option.some(tomorrow()))).get();
        f.desk.accept(new FirstContactDesk.Accept(o.office, o.cleaningLead.id(), id, true)).get();

        var again = f.desk.transfer(new FirstContactDesk.Transfer(o.office, o.cleaningLead.id(), id, o.engineeringSupervisor.id(),
                TransferMethod.PHONE_BRIDGE, Option.none(), Option.none()));
        assertThat(again.getLeft().rules()).containsExactly(Rule.R_FC_5);

        var early = f.desk.reportCompletion(new FirstContactDesk.ReportCompletion(o.office, o.cleaningLead.id(), id,
                f.clock.now(), "已修复", o.customerServiceSupervisor.id()));
        assertThat(early.getLeft().reasons()).hasExactlyElementsOfTypes(FirstContactRejection.CoordinationFormMissing.class);
        assertThat(f.desk.stillMine(o.office, o.frontDesk.id())).hasSize(1);

        f.desk.fileCoordinationForm(new FirstContactDesk.FileCoordinationForm(o.office, o.cleaningLead.id(), id, Department.CLEANING,
                TreeSet.of(Department.CLEANING, Department.ENGINEERING), o.customerServiceSupervisor.id())).get();
        assertThat(f.desk.reply(new FirstContactDesk.Reply(o.office, o.frontDesk.id(), id, "工程部下午上门")).getLeft().rules())
                .containsExactly(Rule.R_FC_5);
        f.desk.reply(new FirstContactDesk.Reply(o.office, o.cleaningLead.id(), id, "工程部师傅下午两点上门,四点前修好")).get();
        f.clock.advance(Duration.ofHours(5));
        ServiceRequest done = f.desk.reportCompletion(new FirstContactDesk.ReportCompletion(o.office, o.cleaningLead.id(), id,
                f.clock.now().minus(Duration.ofMinutes(30)), "更换破裂水管", o.customerServiceSupervisor.id())).get();

        assertThat(done.status()).isEqualTo(Stage.Status.COMPLETED);
        assertThat(f.desk.stillMine(o.office, o.frontDesk.id())).isEmpty();
        assertThat(f.desk.receptionLog(o.office, Department.CLEANING)).singleElement().satisfies(entry -> {
            assertThat(entry.firstContact()).isEqualTo(o.frontDesk.id());
            assertThat(entry.recordedBy()).isEqualTo(o.cleaningLead.id());
        });
        assertThat(f.desk.close(new FirstContactDesk.Close(o.office, o.customerServiceSupervisor.id(), id)).get().status())
                .isEqualTo(Stage.Status.CLOSED);
        assertThat(f.outbox.events(o.office)).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "ServiceRequestReceived", "RequestTransferred", "TransferAccepted", "CoordinationFormFiled", "CustomerAnswered",
                "CompletionReported", "ServiceRequestClosed");
    }

    @Test
    @DisplayName("R-FC-8: a forbidden reply is refused with the phrase found and nothing is written")
    void forbiddenReply() {
        ServiceRequest received = receiveLeak().request();

        var refusal = f.desk.reply(new FirstContactDesk.Reply(o.office, o.frontDesk.id(), received.id(), "这个不 归 我 管"));

        assertThat(refusal.getLeft().reasons()).singleElement().isInstanceOfSatisfying(FirstContactRejection.ForbiddenAnswerGiven.class,
                given -> assertThat(given.found()).isEqualTo("不归我管"));
        assertThat(f.requests.find(o.office, received.id())).contains(received);
        assertThat(f.outbox.events(o.office)).hasSize(1);
    }

    @Test
    @DisplayName("R-FC-9: a third contact about the same request is flagged in the outbox")
    void thirdContact() {
        ServiceRequestId id = receiveLeak().request().id();

        f.desk.recordContact(new FirstContactDesk.RecordContact(o.office, o.frontDesk.id(), id)).get();
        ServiceRequest third = f.desk.recordContact(new FirstContactDesk.RecordContact(o.office, o.frontDesk.id(), id)).get();

        assertThat(third.contactCount()).isEqualTo(3);
        assertThat(f.outbox.events(o.office, FirstContactEvent.TwoContactLimitBreached.class)).singleElement()
                .satisfies(breach -> assertThat(breach.firstContact()).isEqualTo(o.frontDesk.id()));
    }

    @Test
    @DisplayName("R-FC-2: through the desk an operator passes a request only to their direct superior")
    void operatorThroughDesk() {
        ServiceRequest received = f.desk.receive(new FirstContactDesk.Receive(o.office, o.securityOfficer.id(), RequestKind.COMPLAINT,
                Channel.VISIT, "李女士", "5-301", "电梯异响", Concern.of(Department.ENGINEERING))).get().request();

        assertThat(f.desk.route(o.office, o.securityOfficer.id(), received.id())).isInstanceOf(Routing.TransferToDirectSuperior.class);
        assertThat(f.desk.transfer(new FirstContactDesk.Transfer(o.office, o.securityOfficer.id(), received.id(),
                o.engineeringSupervisor.id(), TransferMethod.PHONE_BRIDGE, Option.none(), Option.some(tomorrow()))).getLeft().rules())
                .containsExactly(Rule.R_FC_2);
        assertThat(f.desk.transfer(new FirstContactDesk.Transfer(o.office, o.securityOfficer.id(), received.id(),
                o.securitySupervisor.id(), TransferMethod.SUPERVISOR_COMES, Option.none(), Option.some(tomorrow()))).get().holder())
                .contains(o.securitySupervisor.id());
    }

    @Test
    @DisplayName("K-1: staff and requests of another office are not found; a recipient from another office is refused")
    void otherOffice() {
        ServiceRequest received = receiveLeak().request();
        FirstContactOffice other = f.otherOffice;

        assertThatThrownBy(() -> f.desk.reply(new FirstContactDesk.Reply(other.office, other.frontDesk.id(), received.id(), "您好")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.desk.reply(new FirstContactDesk.Reply(o.office, other.frontDesk.id(), received.id(), "您好")))
                .isInstanceOf(NotFound.class);
        assertThat(f.desk.transfer(new FirstContactDesk.Transfer(o.office, o.frontDesk.id(), received.id(),
                other.engineeringSupervisor.id(), TransferMethod.PHONE_BRIDGE, Option.none(), Option.some(tomorrow()))).getLeft().reasons())
                .containsExactly(new FirstContactRejection.RecipientNotOnStaff(other.engineeringSupervisor.id()));
        assertThat(f.desk.receptionLog(other.office, Department.CUSTOMER_SERVICE)).isEmpty();
    }
}
