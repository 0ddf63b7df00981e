package org.propertydesk.adapters.grpc.kernel;

import com.google.protobuf.Any;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import com.google.protobuf.WireFormat;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.application.kernel.Requests;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Runs a mutating call once per request id (AIP-155), through the application's {@link Requests}:
 * the command and the record of its answer commit in one unit of work, so a retry with the same {@code request_id} — after a timeout, a
 * dropped connection or a server restart — gets the first answer back and causes no second effect.
 * A request id reused for a <em>different</em> request, or by a different caller, is
 * INVALID_ARGUMENT. A call without a request id simply runs (in its own unit of work).
 */
public final class Mutations {

    private final Requests requests;

    public Mutations(Requests requests) {
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /**
     * Runs {@code command} in one unit of work, or returns the answer recorded for {@code requestId}.
     *
     * @param office    the office the request is in (request ids are per office)
     * @param requestId the request id, if the client sent one
     * @param request   the request, fingerprinted without its {@code request_id} so a reused id with
     *                  different content is recognised
     * @param parser    reads a recorded answer back
     * @param command   carries the request out and returns the answer
     */
    public <R extends Message> R once(
            OfficeId office, Option<RequestId> requestId, Message request, Parser<R> parser, Supplier<R> command) {
        try {
            return requests.once(office, requestId, fingerprint(request), RecordedAnswers::serialize, bytes -> parse(parser, bytes),
                    command);
        } catch (Requests.RequestIdReused e) {
            throw GrpcErrors.invalidArgument(List.of(new InvalidField("request_id",
                    "was already used for a different request; send a new request_id for a new request")));
        }
    }

    /**
     * As {@link #once}, for a call whose refusal writes something that must stay — an access
     * decision's audit entry (R-CF-9). {@code command} answers the refusal as a Left instead of
     * throwing it: the unit of work then commits what the command wrote, the refusal is recorded as
     * the answer to the request id (so a retry gets the same refusal and writes nothing more), and
     * it is thrown to the caller. Anything {@code command} throws still rolls everything back.
     */
    public <R extends Message> R onceEvenIfRefused(
            OfficeId office, Option<RequestId> requestId, Message request, Parser<R> parser,
            Supplier<Either<StatusRuntimeException, R>> command) {
        try {
            Either<StatusRuntimeException, R> answer = requests.once(office, requestId, fingerprint(request),
                    Mutations::encode, bytes -> decode(parser, bytes), command);
            return answer.getOrElseThrow(refusal -> refusal);
        } catch (Requests.RequestIdReused e) {
            throw GrpcErrors.invalidArgument(List.of(new InvalidField("request_id",
                    "was already used for a different request; send a new request_id for a new request")));
        }
    }

    private static <R extends Message> byte[] encode(Either<StatusRuntimeException, R> answer) {
        return answer.fold(refusal -> {
            com.google.rpc.Status status = StatusProto.fromThrowable(refusal);
            if (status == null) {
                status = com.google.rpc.Status.newBuilder()
                        .setCode(refusal.getStatus().getCode().value())
                        .setMessage(String.valueOf(refusal.getStatus().getDescription()))
                        .build();
            }
            return Any.pack(status).toByteArray();
        }, response -> Any.pack(response).toByteArray());
    }

    private static <R extends Message> Either<StatusRuntimeException, R> decode(Parser<R> parser, byte[] bytes) {
        try {
            Any any = Any.parseFrom(bytes);
            if (any.is(com.google.rpc.Status.class)) {
                return Either.left(StatusProto.toStatusRuntimeException(any.unpack(com.google.rpc.Status.class)));
            }
            return Either.right(parser.parseFrom(any.getValue()));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the answer recorded for this request id no longer parses", e);
        }
    }

    private static <R extends Message> R parse(Parser<R> parser, byte[] bytes) {
        try {
            R answer = parser.parseFrom(bytes);
            RecordedAnswers.remember(answer, bytes);
            return answer;
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the answer recorded for this request id no longer parses", e);
        }
    }

    /**
     * The request's type and a SHA-256 of the caller and of the request's deterministic encoding
     * without {@code request_id} (at most 200 characters). The caller is part of it: a request id
     * replayed by someone else is a different request, never a way to read another caller's
     * answer (a document granted to them, R-CF-2).
     */
    static String fingerprint(Message request) {
        byte[] bytes = new byte[request.getSerializedSize()];
        try {
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.useDeterministicSerialization();
            request.writeTo(out);
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Deterministic serialization writes each known field once, in field-number order, so the
        // request without its request_id is these bytes without that field's one run of them: hashed
        // around it, instead of copying the request to clear the field and serializing the copy.
        FieldDescriptor field = request.getDescriptorForType().findFieldByName("request_id");
        int[] skipped = field != null && request.hasField(field) ? extentOf(bytes, field.getNumber()) : new int[] {bytes.length, bytes.length};
        String type = request.getDescriptorForType().getFullName();
        if (type.length() > 130) {
            type = type.substring(type.length() - 130);
        }
        MessageDigest digest = SHA_256.get();
        digest.reset();
        digest.update(type.getBytes(StandardCharsets.UTF_8));
        Caller caller = Caller.KEY.get();
        digest.update((caller == null ? "-" : caller.office() + "/" + caller.staff() + "|").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes, 0, skipped[0]);
        digest.update(bytes, skipped[1], bytes.length - skipped[1]);
        return type + "#" + HexFormat.of().formatHex(digest.digest());
    }

    /** Where the top-level field {@code number} starts and ends in a serialized message; both at the end when absent. */
    private static int[] extentOf(byte[] message, int number) {
        CodedInputStream in = CodedInputStream.newInstance(message);
        try {
            while (true) {
                int start = in.getTotalBytesRead();
                int tag = in.readTag();
                if (tag == 0) {
                    return new int[] {message.length, message.length};
                }
                in.skipField(tag);
                if (WireFormat.getTagFieldNumber(tag) == number) {
                    return new int[] {start, in.getTotalBytesRead()};
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("a message just serialized does not parse", e);
        }
    }

    /** One SHA-256 per thread: looking one up through the security providers on every call costs more than the hash. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    });

}
