package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.StringValue;
import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import io.grpc.protobuf.ProtoUtils;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordedAnswersTest {

    private static final StringValue ANSWER = StringValue.of("complaints/7 registered, 已登记");

    private final MethodDescriptor.Marshaller<StringValue> marshaller =
            RecordedAnswers.reusing(ProtoUtils.marshaller(StringValue.getDefaultInstance()));

    @AfterEach
    void forget() {
        RecordedAnswers.forget();
    }

    @Test
    @DisplayName("an answer just serialized for its idempotency record goes on the wire as those very bytes, drained in one write")
    void recordedBytesAreSent() throws IOException {
        byte[] recorded = RecordedAnswers.serialize(ANSWER);

        InputStream sent = marshaller.stream(ANSWER);

        assertThat(recorded).isEqualTo(ANSWER.toByteArray());
        assertThat(sent).isInstanceOf(RecordedAnswers.Bytes.class).isInstanceOf(KnownLength.class);
        assertThat(sent.available()).isEqualTo(recorded.length);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        assertThat(((Drainable) sent).drainTo(wire)).isEqualTo(recorded.length);
        assertThat(wire.toByteArray()).isEqualTo(recorded);
        assertThat(marshaller.parse(new java.io.ByteArrayInputStream(wire.toByteArray()))).isEqualTo(ANSWER);
    }

    @Test
    @DisplayName("an equal message that is not the instance serialized, or the same one sent a second time, is marshalled as usual")
    void onlyTheIdenticalInstanceOnce() throws IOException {
        RecordedAnswers.serialize(ANSWER);
        StringValue copy = StringValue.newBuilder(ANSWER).build();

        InputStream other = marshaller.stream(copy);
        InputStream again = marshaller.stream(ANSWER);

        assertThat(other).isNotInstanceOf(RecordedAnswers.Bytes.class);
        assertThat(marshaller.parse(other)).isEqualTo(ANSWER);
        assertThat(again).isNotInstanceOf(RecordedAnswers.Bytes.class);
        assertThat(marshaller.parse(again)).isEqualTo(ANSWER);
    }

    @Test
    @DisplayName("what one thread serialized is never sent by another, and a failed call's leftover is forgotten")
    void perThreadAndForgotten() throws Exception {
        RecordedAnswers.serialize(ANSWER);
        InputStream elsewhere = CompletableFuture.supplyAsync(() -> marshaller.stream(ANSWER)).get();
        assertThat(elsewhere).isNotInstanceOf(RecordedAnswers.Bytes.class);

        RecordedAnswers.forget();
        assertThat(marshaller.stream(ANSWER)).isNotInstanceOf(RecordedAnswers.Bytes.class);
    }

    @Test
    @DisplayName("the wrapped marshaller still tells grpc-java and tools the message type")
    void keepsThePrototype() {
        assertThat(marshaller).isInstanceOf(MethodDescriptor.PrototypeMarshaller.class);
        assertThat(((MethodDescriptor.PrototypeMarshaller<StringValue>) marshaller).getMessagePrototype())
                .isSameAs(StringValue.getDefaultInstance());
        assertThat(((MethodDescriptor.PrototypeMarshaller<StringValue>) marshaller).getMessageClass()).isEqualTo(StringValue.class);
    }
}
