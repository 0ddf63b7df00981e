package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Empty;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import com.google.rpc.Status;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.KernelRejection;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The error model clients on other stacks rely on (DESIGN.md, "gRPC adapter"), checked across a
 * real (in-process) gRPC call so the details survive the trailers.
 */
@DisplayName("gRPC errors follow AIP-193")
class GrpcErrorsTest {

    private static final StaffId CLERK = new StaffId(new java.util.UUID(0, 7));

    /** A rejection with an acronym in its name, as later contexts will have. */
    record CCTVLoanUnapproved() implements Rejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "CCTV recordings are lent only on a written note";
        }
    }

    @Test
    @DisplayName("K-4: every violated rule of a refusal reaches the client as FAILED_PRECONDITION with ErrorInfo and PreconditionFailure")
    void rejectionBecomesFailedPrecondition() throws Exception {
        Rejections<KernelRejection> refusal = Rejections.of(
                new KernelRejection.BlankStaffName(), new KernelRejection.MissingSuperior(CLERK, Role.CLEANER));

        Status status = callFailingWith(() -> GrpcErrors.rejected(refusal));

        assertThat(status.getCode()).isEqualTo(io.grpc.Status.Code.FAILED_PRECONDITION.value());
        ErrorInfo info = detail(status, ErrorInfo.class);
        assertThat(info.getDomain()).isEqualTo("propertydesk.org");
        assertThat(info.getReason()).isEqualTo("BLANK_STAFF_NAME");
        assertThat(info.getMetadataMap())
                .containsEntry(GrpcErrors.RULE_ID, "K-4")
                .containsEntry(GrpcErrors.RULE_IDS, "K-4");
        PreconditionFailure failure = detail(status, PreconditionFailure.class);
        assertThat(failure.getViolationsList())
                .extracting(PreconditionFailure.Violation::getType, PreconditionFailure.Violation::getSubject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BLANK_STAFF_NAME", "K-4"),
                        org.assertj.core.groups.Tuple.tuple("MISSING_SUPERIOR", "K-4"));
        assertThat(failure.getViolations(1).getDescription()).contains(CLERK.toString()).contains("direct superior");
    }

    @Test
    @DisplayName("the rule ids of a refusal that spans several rules are listed in order, each once")
    void severalRulesAreListed() throws Exception {
        Rejections<Rejection> refusal = Rejections.of(
                new KernelRejection.BlankStaffName(), new CCTVLoanUnapproved(), new KernelRejection.OwnSuperior(CLERK));

        Status status = callFailingWith(() -> GrpcErrors.rejected(refusal));

        assertThat(detail(status, ErrorInfo.class).getMetadataMap()).containsEntry(GrpcErrors.RULE_IDS, "K-4,R-CF-4");
        assertThat(detail(status, PreconditionFailure.class).getViolationsCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("reasons are UPPER_SNAKE_CASE, acronyms kept whole")
    void reasonsAreUpperSnakeCase() {
        assertThat(GrpcErrors.reasonOf(new CCTVLoanUnapproved())).isEqualTo("CCTV_LOAN_UNAPPROVED");
        assertThat(GrpcErrors.reasonOf(new KernelRejection.OwnSuperior(CLERK))).isEqualTo("OWN_SUPERIOR");
    }

    @Test
    @DisplayName("malformed input is INVALID_ARGUMENT naming every bad field")
    void malformedInputIsInvalidArgument() throws Exception {
        Status status = callFailingWith(() -> GrpcErrors.invalidArgument(List.of(
                new InvalidField("staff_member.name", "must not be blank"),
                new InvalidField("staff_member.office", "must be a resource name offices/{office}"))));

        assertThat(status.getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT.value());
        assertThat(detail(status, BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField)
                .containsExactly("staff_member.name", "staff_member.office");
        assertThat(status.getMessage()).contains("staff_member.name must not be blank");
    }

    @Test
    @DisplayName("a request with hundreds of bad fields is answered with the first dozen, small enough for a client's 8 KiB trailer limit")
    void manyBadFieldsStayWithinTheTrailerLimit() throws Exception {
        List<InvalidField> fields = java.util.stream.IntStream.range(0, 500)
                .mapToObj(i -> new InvalidField("roster.posts[" + i + "].shifts[0].start_time", "must be a time of day such as 08:30"))
                .toList();

        Status status = callFailingWith(() -> GrpcErrors.invalidArgument(fields));

        assertThat(detail(status, BadRequest.class).getFieldViolationsCount()).isEqualTo(GrpcErrors.MAX_FIELD_VIOLATIONS);
        assertThat(status.getMessage()).endsWith("; and 488 more fields");
        // grpc-status-details-bin travels base64-encoded, grpc-message percent-encoded, beside the other trailers.
        assertThat(status.toByteArray().length * 4 / 3 + status.getMessage().length()).isLessThan(6 * 1024);
    }

    @Test
    @DisplayName("a refusal for hundreds of reasons names the first dozen and says how many more, within a client's trailer limit")
    void manyReasonsStayWithinTheTrailerLimit() throws Exception {
        Rejections<Rejection> many = new Rejections<>(io.vavr.collection.List.range(0, 300)
                .map(i -> (Rejection) new KernelRejection.OwnSuperior(new StaffId(new java.util.UUID(0, i)))));

        Status status = callFailingWith(() -> GrpcErrors.rejected(many));

        assertThat(detail(status, PreconditionFailure.class).getViolationsCount()).isEqualTo(GrpcErrors.MAX_FIELD_VIOLATIONS);
        assertThat(status.getMessage()).endsWith("; and 288 more reasons");
        assertThat(status.toByteArray().length * 4 / 3 + status.getMessage().length()).isLessThan(6 * 1024);
    }

    @Test
    @DisplayName("an invalid-argument error without a field is a programming error")
    void invalidArgumentNeedsAField() {
        assertThatThrownBy(() -> GrpcErrors.invalidArgument(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an unknown resource is NOT_FOUND with its name")
    void unknownResourceIsNotFound() throws Exception {
        Status status = callFailingWith(() -> GrpcErrors.notFound("propertydesk.org/StaffMember", "offices/o1/staff/s9"));

        assertThat(status.getCode()).isEqualTo(io.grpc.Status.Code.NOT_FOUND.value());
        assertThat(detail(status, ResourceInfo.class).getResourceName()).isEqualTo("offices/o1/staff/s9");
    }

    private static <T extends com.google.protobuf.Message> T detail(Status status, Class<T> type)
            throws InvalidProtocolBufferException {
        for (com.google.protobuf.Any any : status.getDetailsList()) {
            if (any.is(type)) {
                return any.unpack(type);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + status);
    }

    /** Serves one method that fails with the given error and returns what a client receives. */
    private static Status callFailingWith(Supplier<StatusRuntimeException> error) throws IOException, InterruptedException {
        MethodDescriptor<Empty, Empty> method = MethodDescriptor.<Empty, Empty>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName("propertydesk.test.Probe/Fail")
                .setRequestMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
                .setResponseMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
                .build();
        ServerServiceDefinition service = ServerServiceDefinition.builder("propertydesk.test.Probe")
                .addMethod(method, ServerCalls.asyncUnaryCall((request, observer) -> observer.onError(error.get())))
                .build();
        String name = InProcessServerBuilder.generateName();
        Server server = InProcessServerBuilder.forName(name).directExecutor().addService(service).build().start();
        ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        try {
            ClientCalls.blockingUnaryCall(channel, method, CallOptions.DEFAULT, Empty.getDefaultInstance());
            throw new AssertionError("the call should have failed");
        } catch (StatusRuntimeException received) {
            return StatusProto.fromThrowable(received);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
