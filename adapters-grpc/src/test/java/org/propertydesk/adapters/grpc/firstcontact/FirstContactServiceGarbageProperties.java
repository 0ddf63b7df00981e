package org.propertydesk.adapters.grpc.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterProperty;
import org.propertydesk.adapters.grpc.ProtoGarbage;

/** Whatever a caller sends to {@code FirstContactService}, the answer is never UNKNOWN or INTERNAL. */
class FirstContactServiceGarbageProperties {

    private final FirstContactOverGrpc desk = new FirstContactOverGrpc();
    private final List<String> names = List.of(
            desk.leak().getName(), desk.transferredTo(desk.o.engineeringSupervisor).getName(), desk.wronglyAccepted().getName());

    @AfterProperty
    void close() throws InterruptedException {
        desk.close();
    }

    @Provide
    Arbitrary<FirstContactServiceErrorModelTest.Call> calls() {
        return Arbitraries.of(FirstContactServiceErrorModelTest.calls().toList());
    }

    @Provide
    Arbitrary<ProtoGarbage> garbage() {
        return ProtoGarbage.fillers(List.of(
                names.get(0), names.get(1), names.get(2), desk.office, desk.otherOffice,
                desk.office + "/serviceRequests/" + new UUID(0xDEAD, 1), desk.otherOffice + "/serviceRequests/" + new UUID(0xDEAD, 2),
                desk.staff(desk.o.customerServiceSupervisor), desk.staff(desk.o.engineeringSupervisor), desk.staff(desk.o.frontDesk),
                desk.staff(desk.other.frontDesk), desk.office + "/staff/" + new UUID(9, 9),
                "v1", "v2", "v3", "req-1", "req-2", "张先生", "不知道", "已修复"));
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.of(FirstContactOverGrpc.FRONT_DESK, FirstContactOverGrpc.CS_SUPERVISOR, FirstContactOverGrpc.CLEANING,
                FirstContactOverGrpc.ENGINEERING, FirstContactOverGrpc.SECURITY_OFFICER, FirstContactOverGrpc.STRANGER);
    }

    @Property(tries = 200)
    @Label("garbage in any request of FirstContactService — any characters, unknown enum numbers, impossible times — never ends as UNKNOWN or INTERNAL")
    void neverUnknownOrInternal(
            @ForAll("calls") FirstContactServiceErrorModelTest.Call call,
            @ForAll("garbage") ProtoGarbage garbage,
            @ForAll boolean fromScratch,
            @ForAll("tokens") String someone,
            @ForAll boolean asSomeoneElse) {
        Message request = fromScratch ? garbage.fill(prototype(call)) : garbage.corrupt(call.prepare().apply(desk));
        Status.Code code = Status.Code.OK;
        try {
            desk.call(call.method(), request, asSomeoneElse ? someone : call.token());
        } catch (StatusRuntimeException e) {
            code = e.getStatus().getCode();
        }
        Statistics.label("answer").collect(code);
        assertThat(code).as(request.toString()).isNotIn(Status.Code.UNKNOWN, Status.Code.INTERNAL);
    }

    private static Message prototype(FirstContactServiceErrorModelTest.Call call) {
        return (Message) ((MethodDescriptor.PrototypeMarshaller<?>) call.method().getRequestMarshaller()).getMessagePrototype();
    }
}
