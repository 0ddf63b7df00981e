package org.propertydesk.adapters.grpc.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import org.propertydesk.adapters.grpc.RpcCalls;
import org.propertydesk.adapters.grpc.v1.RiskNoticeServiceGrpc;

/**
 * Whatever a caller sends — random messages, and valid requests garbled a little — the risk desk
 * answers with a status the caller can act on, never UNKNOWN or INTERNAL.
 */
class RiskNoticeServiceGarbageProperties {

    private static final List<String> TOKENS = List.of("clerk", "manager", "repairer", "stranger");

    private final RiskWorld world = new RiskWorld();
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Message> valid = new HashMap<>();

    RiskNoticeServiceGarbageProperties() {
        var notice = world.issued();
        var owed = world.recordedArrears("2024-03-31");
        var work = world.plannedWork();
        var incident = world.incident();
        strings.addAll(List.of(RiskWorld.parent(), "offices/" + RiskWorld.OTHER_OFFICE, notice.getName(), owed.getName(),
                work.getName(), world.warningFor(work).getName(), incident.getName(), RiskWorld.staffName(world.clerk),
                notice.getName().replace(RiskWorld.OFFICE.toString(), RiskWorld.OTHER_OFFICE.toString()),
                RiskWorld.parent() + "/notices/00000000-0000-0000-0000-000000000000",
                "v0", "v1", "v2", "\"v1\"", "W/\"v1\"", "2024-03-31", "2026-02-29", "+99999-01-01", "3-1201", "bakery", "clinic",
                "req-1", "req-2", "投诉", "\u0000", " "));
        // valid requests of every RPC, to be garbled a little: garbage that gets past the first checks
        new RiskNoticeServiceEveryRpcTest().rpcs().forEach(rpc -> valid.put(rpc.method(), rpc.request().apply(world)));
    }

    @AfterProperty
    void close() {
        world.close();
    }

    @Property(tries = 200)
    @Label("no request, however malformed, is answered UNKNOWN or INTERNAL")
    void neverUnknownOrInternal(@ForAll long seed) {
        Random random = new Random(seed);
        for (String name : RpcCalls.methodNames(RiskNoticeServiceGrpc.getServiceDescriptor())) {
            MethodDescriptor<Message, Message> method = RpcCalls.method(RiskNoticeServiceGrpc.getServiceDescriptor(), name);
            Message request = random.nextBoolean()
                    ? RpcCalls.mutate(valid.get(name), random, strings)
                    : RpcCalls.random(RpcCalls.emptyRequest(method).getDescriptorForType(), random, strings);
            try {
                RpcCalls.call(world.channel(), method, request, TOKENS.get(random.nextInt(TOKENS.size())));
            } catch (StatusRuntimeException e) {
                assertThat(e.getStatus().getCode()).as(name + " with " + request)
                        .isNotIn(Status.Code.UNKNOWN, Status.Code.INTERNAL);
            }
        }
    }
}
