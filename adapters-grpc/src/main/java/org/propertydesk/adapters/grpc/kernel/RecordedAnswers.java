package org.propertydesk.adapters.grpc.kernel;

import com.google.protobuf.Message;
import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Serializes an answer once for both its idempotency record and the wire. A mutation with a
 * request id records its answer's bytes ({@link #serialize}); the same thread then sends that very
 * message, and the method's response marshaller ({@link #reusing}) writes those bytes instead of
 * encoding the message a second time. Only the identical instance is matched, so any other
 * message — a replayed answer parsed from its record, an answer of a call without a request id —
 * is marshalled as usual.
 */
final class RecordedAnswers {

    private record Recorded(Object message, byte[] bytes) {}

    /** The answer this thread serialized last and has not sent yet. */
    private static final ThreadLocal<Recorded> LAST = new ThreadLocal<>();

    private RecordedAnswers() {}

    /** The answer's bytes, kept for this thread's next send of the same instance. */
    static byte[] serialize(Message answer) {
        byte[] bytes = answer.toByteArray();
        remember(answer, bytes);
        return bytes;
    }

    /** Keeps {@code bytes}, the serialization of {@code answer}, for this thread's next send of that instance. */
    static void remember(Object answer, byte[] bytes) {
        LAST.set(new Recorded(answer, bytes));
    }

    /** Drops what this thread kept and did not send: the answer of a call that failed after recording it. */
    static void forget() {
        LAST.remove();
    }

    /** {@code marshaller}, writing an answer this thread has just serialized from its bytes. */
    static <R> MethodDescriptor.Marshaller<R> reusing(MethodDescriptor.Marshaller<R> marshaller) {
        if (marshaller instanceof MethodDescriptor.PrototypeMarshaller<R> prototyped) {
            return new Prototyped<>(prototyped);
        }
        return new Reusing<>(marshaller);
    }

    private static class Reusing<R> implements MethodDescriptor.Marshaller<R> {
        private final MethodDescriptor.Marshaller<R> marshaller;

        Reusing(MethodDescriptor.Marshaller<R> marshaller) {
            this.marshaller = marshaller;
        }

        @Override
        public InputStream stream(R value) {
            Recorded recorded = LAST.get();
            if (recorded == null) {
                return marshaller.stream(value);
            }
            LAST.remove();
            return recorded.message() == value ? new Bytes(recorded.bytes()) : marshaller.stream(value);
        }

        @Override
        public R parse(InputStream stream) {
            return marshaller.parse(stream);
        }
    }

    /** Keeps what grpc-java and tools read off a protobuf marshaller: the message type. */
    private static final class Prototyped<R> extends Reusing<R> implements MethodDescriptor.PrototypeMarshaller<R> {
        private final MethodDescriptor.PrototypeMarshaller<R> prototyped;

        Prototyped(MethodDescriptor.PrototypeMarshaller<R> marshaller) {
            super(marshaller);
            this.prototyped = marshaller;
        }

        @Override
        public R getMessagePrototype() {
            return prototyped.getMessagePrototype();
        }

        @Override
        public Class<R> getMessageClass() {
            return prototyped.getMessageClass();
        }
    }

    /** Serialized bytes as grpc-java's framer takes them: length known up front, drained in one write. */
    static final class Bytes extends ByteArrayInputStream implements KnownLength, Drainable {

        Bytes(byte[] bytes) {
            super(bytes);
        }

        @Override
        public int drainTo(OutputStream target) throws IOException {
            int length = count - pos;
            target.write(buf, pos, length);
            pos = count;
            return length;
        }
    }
}
