package org.propertydesk.testkit.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.domain.firstcontact.Acceptance;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.Routing;
import org.propertydesk.domain.firstcontact.RoutingQuestion;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffMember;

class FirstContactDeskProperties {

    private static final FirstContactOffice OFFICE = FirstContactOffice.numbered(1);

    @Provide
    Arbitrary<ServiceRequest> histories() {
        return FirstContactArbitraries.withTransferHistory(OFFICE);
    }

    @Provide
    Arbitrary<List<StaffMember>> recipients() {
        return Arbitraries.of(OFFICE.everyone().toJavaList()).list().ofMaxSize(6);
    }

    @Property(tries = 200)
    @Label("R-FC-1, R-FC-5: in any generated transfer history the owner is the first contact and nothing moves after a wrong transfer")
    void generatedHistories(@ForAll("histories") ServiceRequest request) {
        assertThat(request.receptionEntries()).allSatisfy(entry -> assertThat(entry.firstContact()).isEqualTo(request.firstContact()));
        assertThat(request.transfers()).hasSize(request.acceptances().size());
        int wrong = request.acceptances().indexWhere(Acceptance::wrongTransfer);
        if (wrong >= 0) {
            assertThat(wrong).isEqualTo(request.acceptances().size() - 1);
        }
        Statistics.label("transfers").collect(request.transfers().size());
        Statistics.label("wrong").collect(wrong >= 0);
    }

    @Property(tries = 100)
    @Label("R-FC-1, R-FC-7: through the desk, for any sequence of transfers the request stays on the first contact's \"still mine\" list until completion is reported")
    void stillMineUntilCompletion(
            @ForAll("recipients") List<StaffMember> recipients,
            @ForAll boolean wrongAtTheEnd,
            @ForAll RequestKind kind) {
        DeskFixture f = new DeskFixture();
        FirstContactOffice o = f.office;
        ServiceRequestId id = f.desk.receive(new FirstContactDesk.Receive(o.office, o.frontDesk.id(), kind, Channel.VISIT,
                "张先生", "3-1202", "楼道灯不亮", Concern.unclear())).get().request().id();
        StaffMember holder = o.frontDesk;
        int hops = 0;
        for (int i = 0; i < recipients.size(); i++) {
            StaffMember to = holder.role().isOperator() ? o.byId(holder.superior().get()) : recipients.get(i);
            f.clock.advance(Duration.ofMinutes(1));
            var passed = f.desk.transfer(new FirstContactDesk.Transfer(o.office, holder.id(), id, to.id(), TransferMethod.PHONE_BRIDGE,
                    Option.none(), Option.some(f.clock.now().plus(Duration.ofDays(1)))));
            if (passed.isLeft()) {
                continue;
            }
            boolean wrong = wrongAtTheEnd && i == recipients.size() - 1;
            f.desk.accept(new FirstContactDesk.Accept(o.office, to.id(), id, wrong)).get();
            holder = to;
            hops++;
            assertThat(f.desk.stillMine(o.office, o.frontDesk.id())).extracting(ServiceRequest::id).containsExactly(id);
            if (!to.equals(o.frontDesk)) {
                assertThat(f.desk.stillMine(o.office, to.id())).isEmpty();
            }
        }
        ServiceRequest current = f.requests.find(o.office, id).get();
        if (current.wronglyTransferred()) {
            Department lead = current.wronglyTransferredTo().get();
            f.desk.fileCoordinationForm(new FirstContactDesk.FileCoordinationForm(o.office, holder.id(), id, lead,
                    io.vavr.collection.TreeSet.of(lead), o.customerServiceSupervisor.id())).get();
        }
        f.desk.reportCompletion(new FirstContactDesk.ReportCompletion(o.office, holder.id(), id, f.clock.now(), "已处理",
                o.customerServiceSupervisor.id())).get();

        assertThat(f.desk.stillMine(o.office, o.frontDesk.id())).isEmpty();
        assertThat(f.desk.receptionLog(o.office, Department.CUSTOMER_SERVICE).head().recordedBy()).isEqualTo(o.frontDesk.id());
        assertThat(io.vavr.collection.List.of(Department.values()).flatMap(department -> f.desk.receptionLog(o.office, department)))
                .hasSize(1 + hops)
                .allSatisfy(entry -> assertThat(entry.firstContact()).isEqualTo(o.frontDesk.id()));
        assertThat(f.requests.find(o.office, id).get().firstContact()).isEqualTo(o.frontDesk.id());
        Statistics.label("hops").collect(hops == 0 ? "0" : hops < 3 ? "1-2" : "3+");
    }

    @Property(tries = 200)
    @Label("R-FC-2..R-FC-4: the testkit's routing questions all get a decision naming one of R-FC-2..R-FC-4")
    void routingQuestions(@ForAll("questions") RoutingQuestion question) {
        Routing routing = Routing.decide(question);

        assertThat(routing.rule().id()).isIn("R-FC-2", "R-FC-3", "R-FC-4");
    }

    @Provide
    Arbitrary<RoutingQuestion> questions() {
        return FirstContactArbitraries.routingQuestions();
    }
}
