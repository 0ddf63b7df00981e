package org.propertydesk.adapters.grpc.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.roster.OctoberOffice.*;

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
import org.propertydesk.adapters.grpc.v1.Roster;
import org.propertydesk.adapters.grpc.v1.RosterServiceGrpc;

/** Whatever a caller sends to RosterService, the answer is never UNKNOWN or INTERNAL. */
@Label("RosterService: garbage in is never UNKNOWN or INTERNAL")
class RosterServiceGarbageProperties {

    private static OctoberOverGrpc office;
    private static List<String> strings;

    @BeforeContainer
    static void publish() {
        office = new OctoberOverGrpc();
        Roster published = office.published();
        strings = new ArrayList<>(List.of(
                OctoberOverGrpc.office(), published.getName(), published.getName() + "/changeRequests/00000000-0000-0000-0000-000000000002",
                "offices/" + OctoberOverGrpc.OTHER_OFFICE, "offices/" + OFFICE + "/rosters/not-a-uuid",
                "2026-10-15", "2026-10-01", "2026-10-31", "1899-12-31", "9999-12-31", "0000-01-01", "2026-02-29",
                "08:00", "24:00", "23:59", "12:30", "N", "D", "E", "M", "v0", "v1", "v2", "W/\"v1\"", "v-1",
                "request-1", "request-2", "火警", "  ", "\u0000", "exam"));
        posts().forEach(post -> strings.add(OctoberOverGrpc.postName(post.id())));
        staff().forEach(member -> strings.add(OctoberOverGrpc.staffName(member.id())));
    }

    @AfterContainer
    static void close() throws InterruptedException {
        office.close();
    }

    @Provide
    Arbitrary<MethodDescriptor<Message, Message>> methods() {
        return Arbitraries.of(ServiceCalls.methods(RosterServiceGrpc.getServiceDescriptor()));
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.of("scheduler", "manager", "supervisor", "guard", "clerk", "reserve", "outsider");
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
