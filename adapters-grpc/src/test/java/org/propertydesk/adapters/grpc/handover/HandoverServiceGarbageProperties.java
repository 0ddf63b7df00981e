package org.propertydesk.adapters.grpc.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.handover.FrontDeskOverGrpc.*;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.propertydesk.adapters.grpc.ServiceCalls;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionResponse;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc;
import org.propertydesk.adapters.grpc.v1.Incident;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterResponse;

/** Whatever a caller sends to HandoverService, the answer is never UNKNOWN or INTERNAL. */
@Label("HandoverService: garbage in is never UNKNOWN or INTERNAL")
class HandoverServiceGarbageProperties {

    private static FrontDeskOverGrpc office;
    private static List<String> strings;

    @BeforeContainer
    static void setUp() {
        office = new FrontDeskOverGrpc();
        AskHandoverQuestionResponse asked = office.asked();
        LogDutyMatterResponse matter = HandoverServiceContractTest.openMatter(office);
        Incident fire = office.fire();
        strings = new ArrayList<>(List.of(
                office(), "offices/" + OTHER_OFFICE, asked.getHandover().getName(), asked.getQuestion(), dutyLog(),
                matter.getEntry(), fire.getName(), post(FRONT_DESK), post(LOBBY), dutyLog() + "/entries/not-a-uuid",
                office() + "/handovers/00000000-0000-0000-0000-0000000000ff",
                RADIO.getItemId(), RECEIPTS.getItemId(), SHOW_FLAT_KEYS.getItemId(),
                "v0", "v1", "v2", "v7", "W/\"v3\"", "v-1", "chiller 2", "request-1", "request-2", "火警", "  ", "\u0000"));
        for (var staff : List.of(WANG_NIGHT, LI_MORNING, ZHAO_SUPERVISOR, CHEN_MANAGER, SUN_CLEANER, LEADER, OUTSIDER)) {
            strings.add(staffName(staff));
        }
    }

    @AfterContainer
    static void close() throws InterruptedException {
        office.close();
    }

    @Provide
    Arbitrary<MethodDescriptor<Message, Message>> methods() {
        return Arbitraries.of(ServiceCalls.methods(HandoverServiceGrpc.getServiceDescriptor()));
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.of("wang", "li", "zhao", "chen", "sun", "outsider");
    }

    @Property(tries = 200)
    @Label("random requests to every RPC end in a status the caller can act on")
    void neverUnknownOrInternal(
            @ForAll("methods") MethodDescriptor<Message, Message> method, @ForAll("tokens") String token, @ForAll long seed)
            throws InvalidProtocolBufferException {
        Message prototype = ServiceCalls.emptyRequest(method);
        Message garbage = prototype.getParserForType().parseFrom(
                ServiceCalls.random(prototype.getDescriptorForType(), new Random(seed), strings).toByteArray());
        try {
            ServiceCalls.call(office.server.channel(), token, method, garbage);
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getCode()).as(method.getBareMethodName() + " with " + garbage)
                    .isNotIn(Status.Code.UNKNOWN, Status.Code.INTERNAL);
        }
    }
}
