package org.propertydesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.rpc.BadRequest;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.AuditServiceGrpc;
import org.propertydesk.application.kernel.AuditLogService;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryTransactions;

/**
 * A request that is not well-formed protobuf — the server cannot even read it — is the caller's
 * mistake: INVALID_ARGUMENT naming {@code request}, over a real network hop. grpc-java on its own
 * answers such a request UNKNOWN ("Application error processing RPC"); found by the hostile-input
 * fuzzer (issue 12).
 */
@DisplayName("A request that is not well-formed protobuf is INVALID_ARGUMENT, never UNKNOWN or INTERNAL")
class MalformedRequestTest {

    private static final Caller CLERK = new Caller(new OfficeId(new UUID(1, 1)), new StaffId(new UUID(0, 7)));

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final MethodDescriptor<byte[], byte[]> LIST_AUDIT_ENTRIES = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(AuditServiceGrpc.getListAuditEntriesMethod().getFullMethodName())
            .setRequestMarshaller(BYTES)
            .setResponseMarshaller(BYTES)
            .build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "0a03ff6f6b",        // parent = 3 bytes, the first 0xFF: not UTF-8
            "0a05c080",           // parent claims 5 bytes, 2 follow: truncated
            "0e00",               // field 1 in wire type 6, which does not exist
            "00",                 // field number 0
            "0b"                  // an unterminated group
    })
    @DisplayName("invalid UTF-8 in a string, a truncated field, a wire type that does not exist, a tag of zero, an open group")
    void malformedIsInvalidArgument(String hex) throws Exception {
        InMemoryTransactions transactions = new InMemoryTransactions();
        PropertyDeskServices services = PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                .audit(new AuditLogService(new InMemoryAuditTrail(), InMemoryDirectory.of(), transactions))
                .build();
        try (PropertyDeskServer server = PropertyDeskServer.builder().port(0).tokens(BearerTokens.fixed(Map.of("t", CLERK))).services(services).start()) {
            ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(), InsecureChannelCredentials.create()).build();
            try {
                Metadata headers = new Metadata();
                headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer t");
                Channel clerk = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
                byte[] request = java.util.HexFormat.of().parseHex(hex);

                assertThatThrownBy(() -> ClientCalls.blockingUnaryCall(clerk, LIST_AUDIT_ENTRIES,
                        CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS), request))
                        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                            BadRequest details = badRequest(e);
                            assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField).containsExactly("request");
                        });
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    private static BadRequest badRequest(StatusRuntimeException e) {
        try {
            return StatusProto.fromThrowable(e).getDetailsList().stream().filter(any -> any.is(BadRequest.class)).findFirst()
                    .orElseThrow().unpack(BadRequest.class);
        } catch (com.google.protobuf.InvalidProtocolBufferException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
