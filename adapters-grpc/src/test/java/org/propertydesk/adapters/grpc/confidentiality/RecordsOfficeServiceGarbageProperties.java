package org.propertydesk.adapters.grpc.confidentiality;

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
import org.propertydesk.adapters.grpc.v1.DocumentKind;
import org.propertydesk.adapters.grpc.v1.RecordsOfficeServiceGrpc;

/**
 * Whatever a caller sends — random messages, and valid requests garbled a little — the records office
 * answers with a status the caller can act on, never UNKNOWN or INTERNAL.
 */
class RecordsOfficeServiceGarbageProperties {

    private static final List<String> TOKENS = List.of("leader", "manager", "head", "clerk", "assistant", "stranger");

    private final RecordsWorld world = new RecordsWorld();
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Message> valid = new HashMap<>();

    RecordsOfficeServiceGarbageProperties() {
        var record = world.ownerRecord();
        var file = world.personnelFileOf(world.head, "personnel file");
        var lent = world.ownerRecordLent();
        var requested = world.requested("head", record, org.propertydesk.adapters.grpc.v1.LoanTerm.LOAN_TERM_SAME_DAY);
        var custody = world.originalOut();
        var certificate = world.registered("clerk", DocumentKind.DOCUMENT_KIND_CERTIFICATE, "licence");
        strings.addAll(List.of(RecordsWorld.parent(), "offices/" + RecordsWorld.OTHER_OFFICE, record.getName(), file.getName(),
                lent.getName(), requested.getName(), custody.getName(), certificate.getName(),
                RecordsWorld.staffName(world.assistant), RecordsWorld.staffName(world.head), RecordsWorld.staffName(world.clerk),
                RecordsWorld.staffName(world.stranger), record.getName().replace(RecordsWorld.OFFICE.toString(), RecordsWorld.OTHER_OFFICE.toString()),
                RecordsWorld.parent() + "/documents/00000000-0000-0000-0000-000000000000",
                "v1", "v2", "v3", "\"v1\"", "req-1", "req-2", "档案", "\u0000", " "));
        // valid requests of every RPC, to be garbled a little: garbage that gets past the first checks
        new RecordsOfficeServiceEveryRpcTest().rpcs().forEach(rpc -> valid.put(rpc.method(), rpc.request().apply(world)));
    }

    @AfterProperty
    void close() {
        world.close();
    }

    @Property(tries = 200)
    @Label("no request, however malformed, is answered UNKNOWN or INTERNAL")
    void neverUnknownOrInternal(@ForAll long seed) {
        Random random = new Random(seed);
        for (String name : RpcCalls.methodNames(RecordsOfficeServiceGrpc.getServiceDescriptor())) {
            MethodDescriptor<Message, Message> method = RpcCalls.method(RecordsOfficeServiceGrpc.getServiceDescriptor(), name);
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
