package org.propertydesk.adapters.grpc.complaint;

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
import org.propertydesk.testkit.complaint.ComplaintOffice;

/** Whatever a caller sends to {@code ComplaintService}, the answer is never UNKNOWN or INTERNAL. */
class ComplaintServiceGarbageProperties {

    private final ComplaintsOverGrpc desk = new ComplaintsOverGrpc();
    private final List<String> names = List.of(
            desk.vented().getName(), desk.promised().getName(), desk.referred().getName(), desk.engineeringResponsible().getName());

    @AfterProperty
    void close() throws InterruptedException {
        desk.close();
    }

    @Provide
    Arbitrary<ComplaintServiceErrorModelTest.Call> calls() {
        return Arbitraries.of(ComplaintServiceErrorModelTest.calls().toList());
    }

    @Provide
    Arbitrary<ProtoGarbage> garbage() {
        String office = ComplaintsOverGrpc.OFFICE;
        return ProtoGarbage.fillers(List.of(
                names.get(0), names.get(1), names.get(2), names.get(3),
                office, ComplaintsOverGrpc.OTHER_OFFICE, office + "/complaintHandledRate",
                office + "/complaints/" + new UUID(0xDEAD, 1), ComplaintsOverGrpc.OTHER_OFFICE + "/complaints/" + new UUID(0xDEAD, 2),
                office + "/staff/" + ComplaintOffice.SUPERVISOR.id(), "v0", "v1", "v3", "W/\"v2\"", "req-1", "req-2",
                "3-1201", "楼道垃圾没人清理", "not at home"));
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.of(ComplaintsOverGrpc.ASSISTANT, ComplaintsOverGrpc.SUPERVISOR, ComplaintsOverGrpc.MANAGER,
                ComplaintsOverGrpc.HEAD, ComplaintsOverGrpc.STRANGER);
    }

    @Property(tries = 200)
    @Label("garbage in any request of ComplaintService — any characters, unknown enum numbers, impossible times — never ends as UNKNOWN or INTERNAL")
    void neverUnknownOrInternal(
            @ForAll("calls") ComplaintServiceErrorModelTest.Call call,
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

    private static Message prototype(ComplaintServiceErrorModelTest.Call call) {
        return (Message) ((MethodDescriptor.PrototypeMarshaller<?>) call.method().getRequestMarshaller()).getMessagePrototype();
    }
}
