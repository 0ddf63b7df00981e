package org.propertydesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import com.google.rpc.ErrorInfo;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * What holds for every RPC of a service, checked one RPC at a time from a table of valid requests:
 * authentication, the caller's office (K-1), malformed and unknown names, idempotent retries and
 * reused request ids (AIP-155), and etags (AIP-154). A subclass gives the service, a fresh world
 * and one valid request per RPC (for an RPC with an etag, sent at the resource's current etag).
 */
@Tag("reliability") // the access matrix and the retries after a deadline are part of the reliability report
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EveryRpcContract<W extends EveryRpcContract.World> {

    /** A fresh office with its desk served in process. */
    public interface World extends AutoCloseable {
        Channel channel();

        OfficeId office();

        OfficeId otherOffice();

        /** A count of what mutations leave behind (events, audit entries), to see that a retry adds nothing. */
        long effects();

        /** How many DENIED entries the audit trails of both offices hold (they count among the {@link #effects()} too). */
        default long denials() {
            return 0;
        }

        /** The bearer token of a staff member of the other office. */
        default String strangerToken() {
            return "stranger";
        }

        @Override
        void close();
    }

    /** One RPC of the table: its name, who calls, and a valid request in a world prepared for it. */
    public record Rpc<W>(String method, String token, Function<W, Message> request) {}

    protected abstract ServiceDescriptor service();

    protected abstract W world();

    protected abstract List<Rpc<W>> rpcs();

    /** A valid mutation of another RPC than {@code method}, to take a request id before {@code method} reuses it. */
    protected abstract Rpc<W> otherMutation(String method);

    Stream<String> methods() {
        return rpcs().stream().map(Rpc::method);
    }

    Stream<String> mutatingMethods() {
        return rpcs().stream().filter(rpc -> hasField(rpc, "request_id")).map(Rpc::method);
    }

    Stream<String> methodsWithEtag() {
        return rpcs().stream().filter(rpc -> hasField(rpc, "etag")).map(Rpc::method);
    }

    Stream<String> methodsOnOneResource() {
        return rpcs().stream().filter(rpc -> resourceField(rpc) != null && !singletons().contains(rpc.method())).map(Rpc::method);
    }

    /** RPCs whose {@code name} is a singleton of the office (e.g. {@code offices/x/complaintHandledRate}), which cannot be unknown. */
    protected java.util.Set<String> singletons() {
        return java.util.Set.of();
    }

    private boolean hasField(Rpc<W> rpc, String field) {
        return RpcCalls.has(RpcCalls.emptyRequest(method(rpc.method())), field);
    }

    private String resourceField(Rpc<W> rpc) {
        Message empty = RpcCalls.emptyRequest(method(rpc.method()));
        return Stream.of("name", "staff").filter(field -> RpcCalls.has(empty, field)).findFirst().orElse(null);
    }

    protected Rpc<W> rpc(String method) {
        return rpcs().stream().filter(rpc -> rpc.method().equals(method)).findFirst().orElseThrow();
    }

    protected MethodDescriptor<Message, Message> method(String name) {
        return RpcCalls.method(service(), name);
    }

    @Test
    @DisplayName("the table has a valid request for every RPC of the service")
    void tableCoversTheService() {
        assertThat(rpcs().stream().map(Rpc::method).sorted().toList()).isEqualTo(RpcCalls.methodNames(service()));
    }

    @ParameterizedTest(name = "{0}: a valid request is answered")
    @MethodSource("methods")
    void validRequestIsAnswered(String method) {
        try (W world = world()) {
            Rpc<W> rpc = rpc(method);
            Message answer = RpcCalls.call(world.channel(), method(method), rpc.request().apply(world), rpc.token());
            assertThat(answer.getDescriptorForType().getName()).isEqualTo(method + "Response");
        }
    }

    @ParameterizedTest(name = "{0}: without a bearer token it is UNAUTHENTICATED")
    @MethodSource("methods")
    void withoutTokenUnauthenticated(String method) {
        try (W world = world()) {
            Rpc<W> rpc = rpc(method);
            var failure = RpcCalls.failure(world.channel(), method(method), rpc.request().apply(world), null);
            assertThat(failure.code()).isEqualTo(Status.Code.UNAUTHENTICATED);
        }
    }

    @ParameterizedTest(name = "{0}: K-1: a name in another office is PERMISSION_DENIED, whether or not it exists")
    @MethodSource("methods")
    void otherOfficeIsPermissionDenied(String method) {
        try (W world = world()) {
            Rpc<W> rpc = rpc(method);
            Message elsewhere = RpcCalls.replaceInStrings(rpc.request().apply(world), world.office().toString(), world.otherOffice().toString());
            long before = world.effects();

            long deniedBefore = world.denials();

            var failure = RpcCalls.failure(world.channel(), method(method), elsewhere, rpc.token());

            assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(failure.errorInfo()).map(ErrorInfo::getReason).contains("OTHER_OFFICE");
            assertThat(world.effects() - world.denials()).as("nothing but the audited denial").isEqualTo(before - deniedBefore);
        }
    }

    @ParameterizedTest(name = "{0}: a malformed resource name is INVALID_ARGUMENT naming exactly that field")
    @MethodSource("methods")
    void malformedNameIsInvalidArgument(String method) {
        try (W world = world()) {
            Rpc<W> rpc = rpc(method);
            Message request = rpc.request().apply(world);
            String field = Stream.of("name", "parent", "office", "staff", "post").filter(f -> RpcCalls.has(request, f)).findFirst().orElseThrow();

            var failure = RpcCalls.failure(world.channel(), method(method), RpcCalls.with(request, field, "offices/Not-A-UUID"), rpc.token());

            assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(failure.badFields()).containsExactly(field);
        }
    }

    @ParameterizedTest(name = "{0}: an unknown resource of the office is NOT_FOUND naming it", allowZeroInvocations = true)
    @MethodSource("methodsOnOneResource")
    void unknownResourceIsNotFound(String method) {
        try (W world = world()) {
            Rpc<W> rpc = rpc(method);
            Message request = rpc.request().apply(world);
            String field = resourceField(rpc);
            String known = (String) RpcCalls.get(request, field);
            String unknown = known.substring(0, known.lastIndexOf('/') + 1) + UUID.randomUUID();
            long before = world.effects();

            var failure = RpcCalls.failure(world.channel(), method(method), RpcCalls.with(request, field, unknown), rpc.token());

            assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
            assertThat(failure.resourceInfo()).hasValueSatisfying(info -> assertThat(info.getResourceName()).isEqualTo(unknown));
            assertThat(world.effects()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}: a retry with the same request_id gets the first answer and has no second effect", allowZeroInvocations = true)
    @MethodSource("mutatingMethods")
    void retryIsIdempotent(String method) {
        try (W world = world()) {
            Rpc<W> rpc = rpc(method);
            Message request = RpcCalls.with(rpc.request().apply(world), "request_id", "retry-" + method);

            Message first = RpcCalls.call(world.channel(), method(method), request, rpc.token());
            long afterFirst = world.effects();
            Message second = RpcCalls.call(world.channel(), method(method), request, rpc.token());

            assertThat(second).isEqualTo(first);
            assertThat(world.effects()).isEqualTo(afterFirst);
        }
    }

    /** A deadline the first attempt misses: the server holds its answer back until the call is cancelled (at most {@link #LATE_ANSWER} ms). */
    private static final long SHORT_DEADLINE = 40;
    private static final long LATE_ANSWER = 10_000;

    @ParameterizedTest(name = "{0}: retried with its request_id after a client-side deadline, it has exactly one effect", allowZeroInvocations = true)
    @MethodSource("mutatingMethods")
    void retryAfterDeadlineHasExactlyOneEffect(String method) {
        Rpc<W> rpc = rpc(method);
        String requestId = "deadline-" + method;
        long once;
        Message expected;
        try (W control = world()) {
            Message request = RpcCalls.with(rpc.request().apply(control), "request_id", requestId);
            long before = control.effects();
            expected = RpcCalls.call(control.channel(), method(method), request, rpc.token());
            once = control.effects() - before;
        }
        try (W world = world()) {
            Message request = RpcCalls.with(rpc.request().apply(world), "request_id", requestId);
            long before = world.effects();

            Status.Code missed = null;
            try {
                RpcCalls.callWithDeadline(world.channel(), method(method), request, rpc.token(), SHORT_DEADLINE, LATE_ANSWER);
            } catch (StatusRuntimeException e) {
                missed = e.getStatus().getCode();
            }
            long afterMissed = world.effects() - before;
            Message answer = null;
            for (int attempt = 0; answer == null && attempt < 5; attempt++) {
                try {
                    answer = RpcCalls.call(world.channel(), method(method), request, rpc.token());
                } catch (StatusRuntimeException e) {
                    assertThat(e.getStatus().getCode()).as("a retry may only be told to try again")
                            .isIn(Status.Code.DEADLINE_EXCEEDED, Status.Code.ABORTED, Status.Code.UNAVAILABLE);
                }
            }
            Message again = RpcCalls.call(world.channel(), method(method), request, rpc.token());

            assertThat(missed).as("the first attempt misses its deadline").isIn(Status.Code.DEADLINE_EXCEEDED, Status.Code.CANCELLED);
            assertThat(afterMissed).as("the missed attempt did its work or none of it").isIn(0L, once);
            assertThat(answer).as("the retry is answered as the single call was").isEqualTo(expected);
            assertThat(again).isEqualTo(answer);
            assertThat(world.effects() - before).as("exactly one effect").isEqualTo(once);
            RETRIED.merge(afterMissed == once && once > 0 ? "committed" : "not committed", 1L, Long::sum);
        }
    }

    private final java.util.Map<String, Long> RETRIED = new java.util.concurrent.ConcurrentHashMap<>();

    @AfterAll
    void writeFigures() {
        long retried = RETRIED.values().stream().mapToLong(Long::longValue).sum();
        if (retried > 0) {
            String title = "Retries after a client-side deadline over gRPC";
            Tally.add("retries", title, "mutating RPCs retried after a deadline", retried);
            Tally.add("retries", title, "RPCs whose effect happened exactly once", retried);
            Tally.add("retries", title, "of which the missed attempt had already committed", RETRIED.getOrDefault("committed", 0L));
            Tally.write("retries");
        }
    }

    @ParameterizedTest(name = "{0}: a request_id already used for another request is INVALID_ARGUMENT and changes nothing", allowZeroInvocations = true)
    @MethodSource("mutatingMethods")
    void reusedRequestIdIsInvalid(String method) {
        try (W world = world()) {
            Rpc<W> other = otherMutation(method);
            Rpc<W> rpc = rpc(method);
            Message request = RpcCalls.with(rpc.request().apply(world), "request_id", "shared-1");
            RpcCalls.call(world.channel(), method(other.method()),
                    RpcCalls.with(other.request().apply(world), "request_id", "shared-1"), other.token());
            long before = world.effects();

            var failure = RpcCalls.failure(world.channel(), method(method), request, rpc.token());

            assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(failure.badFields()).containsExactly("request_id");
            assertThat(world.effects()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}: a stale etag is ABORTED and changes nothing", allowZeroInvocations = true)
    @MethodSource("methodsWithEtag")
    void staleEtagIsAborted(String method) {
        try (W world = world()) {
            Rpc<W> rpc = rpc(method);
            Message request = rpc.request().apply(world);
            assertThat((String) RpcCalls.get(request, "etag")).as("the table sends the current etag").isNotEmpty();
            long before = world.effects();

            var failure = RpcCalls.failure(world.channel(), method(method), RpcCalls.with(request, "etag", Etags.of(999)), rpc.token());

            assertThat(failure.code()).isEqualTo(Status.Code.ABORTED);
            assertThat(failure.errorInfo()).map(ErrorInfo::getReason).contains(Etags.MISMATCH);
            assertThat(world.effects()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}: a malformed etag is INVALID_ARGUMENT naming it", allowZeroInvocations = true)
    @MethodSource("methodsWithEtag")
    void malformedEtagIsInvalid(String method) {
        try (W world = world()) {
            Rpc<W> rpc = rpc(method);
            Message request = RpcCalls.with(rpc.request().apply(world), "etag", "yesterday");

            var failure = RpcCalls.failure(world.channel(), method(method), request, rpc.token());

            assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(failure.badFields()).containsExactly("etag");
        }
    }
}
