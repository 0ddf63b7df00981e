package org.propertydesk.adapters.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Calls any method of a service by name with any request, and rewrites or invents requests field by
 * field: the tools of table-driven transport tests that hold for every RPC (authentication, office
 * checks, idempotency, garbage input).
 */
public final class RpcCalls {

    private RpcCalls() {}

    /** The method {@code name} (e.g. "GetNotice") of {@code service}. */
    @SuppressWarnings("unchecked")
    public static MethodDescriptor<Message, Message> method(ServiceDescriptor service, String name) {
        return (MethodDescriptor<Message, Message>) service.getMethods().stream()
                .filter(method -> name.equals(method.getBareMethodName()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method " + name + " in " + service.getName()));
    }

    /** Every method name of {@code service}. */
    public static List<String> methodNames(ServiceDescriptor service) {
        return service.getMethods().stream().map(MethodDescriptor::getBareMethodName).sorted().toList();
    }

    /** The request type's empty message of {@code method}. */
    public static Message emptyRequest(MethodDescriptor<Message, Message> method) {
        return method.parseRequest(new ByteArrayInputStream(new byte[0]));
    }

    /** Calls {@code method} with {@code request}, as the caller of {@code token} (none when null). */
    public static Message call(Channel channel, MethodDescriptor<Message, Message> method, Message request, String token) {
        Channel target = channel;
        if (token != null) {
            Metadata headers = new Metadata();
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
            target = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
        }
        Message typed = retype(method, request);
        return ClientCalls.blockingUnaryCall(target, method, CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), typed);
    }

    /**
     * Calls {@code method} as the caller of {@code token} with a deadline of {@code deadlineMillis},
     * asking the server to hold its answer back {@code answerDelayMillis} after the work (0: not at all).
     */
    public static Message callWithDeadline(
            Channel channel, MethodDescriptor<Message, Message> method, Message request, String token,
            long deadlineMillis, long answerDelayMillis) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        if (answerDelayMillis > 0) {
            headers.put(InProcessDesk.ANSWER_DELAY, Long.toString(answerDelayMillis));
        }
        Channel target = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
        return ClientCalls.blockingUnaryCall(target, method,
                CallOptions.DEFAULT.withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS), retype(method, request));
    }

    /** The failure of a call that must fail. */
    public static InProcessDesk.Failure failure(Channel channel, MethodDescriptor<Message, Message> method, Message request, String token) {
        try {
            Message answer = call(channel, method, request, token);
            throw new AssertionError(method.getBareMethodName() + " should have failed but answered " + answer);
        } catch (StatusRuntimeException e) {
            return InProcessDesk.Failure.of(e);
        }
    }

    /** {@code request} as the request type of {@code method} (a DynamicMessage is re-read). */
    private static Message retype(MethodDescriptor<Message, Message> method, Message request) {
        return method.parseRequest(new ByteArrayInputStream(request.toByteArray()));
    }

    /** {@code message} with top-level field {@code field} set to {@code value}. */
    public static Message with(Message message, String field, Object value) {
        FieldDescriptor descriptor = message.getDescriptorForType().findFieldByName(field);
        if (descriptor == null) {
            throw new IllegalArgumentException("no field " + field + " in " + message.getDescriptorForType().getFullName());
        }
        return message.toBuilder().setField(descriptor, value).build();
    }

    public static boolean has(Message message, String field) {
        return message.getDescriptorForType().findFieldByName(field) != null;
    }

    public static Object get(Message message, String field) {
        return message.getField(message.getDescriptorForType().findFieldByName(field));
    }

    /** {@code message} with every string, at any depth, having {@code from} replaced by {@code to}. */
    public static Message replaceInStrings(Message message, String from, String to) {
        Message.Builder builder = message.toBuilder();
        for (var entry : message.getAllFields().entrySet()) {
            FieldDescriptor field = entry.getKey();
            if (field.isRepeated()) {
                builder.clearField(field);
                for (Object item : (List<?>) entry.getValue()) {
                    builder.addRepeatedField(field, replaced(item, from, to));
                }
            } else {
                builder.setField(field, replaced(entry.getValue(), from, to));
            }
        }
        return builder.build();
    }

    /** {@code message} with every string, at any depth, passed through {@code change}. */
    public static Message mapStrings(Message message, java.util.function.UnaryOperator<String> change) {
        Message.Builder builder = message.toBuilder();
        for (var entry : message.getAllFields().entrySet()) {
            FieldDescriptor field = entry.getKey();
            if (field.isRepeated()) {
                builder.clearField(field);
                for (Object item : (List<?>) entry.getValue()) {
                    builder.addRepeatedField(field, mapped(item, change));
                }
            } else {
                builder.setField(field, mapped(entry.getValue(), change));
            }
        }
        return builder.build();
    }

    private static Object mapped(Object value, java.util.function.UnaryOperator<String> change) {
        if (value instanceof String text) {
            return change.apply(text);
        }
        if (value instanceof Message nested) {
            return mapStrings(nested, change);
        }
        return value;
    }

    private static Object replaced(Object value, String from, String to) {
        if (value instanceof String text) {
            return text.replace(from, to);
        }
        if (value instanceof Message nested) {
            return replaceInStrings(nested, from, to);
        }
        return value;
    }

    /**
     * A message of {@code type} with random content: strings drawn from {@code strings} or made of
     * random characters (Chinese, control characters, emoji), random enum numbers including
     * unknown ones, random timestamps in and out of range, a few repeated items, nested messages to
     * a small depth.
     */
    public static Message random(Descriptor type, Random random, List<String> strings) {
        return random(type, random, strings, 0);
    }

    private static Message random(Descriptor type, Random random, List<String> strings, int depth) {
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
        if (type.getFullName().equals("google.protobuf.Timestamp")) {
            builder.setField(type.findFieldByName("seconds"), randomSeconds(random));
            builder.setField(type.findFieldByName("nanos"), random.nextInt(5) == 0 ? random.nextInt() : random.nextInt(1_000_000_000));
            return builder.build();
        }
        for (FieldDescriptor field : type.getFields()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && depth > 3) {
                continue;
            }
            if (field.isRepeated()) {
                int count = random.nextInt(10) == 0 ? random.nextInt(300) : random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    builder.addRepeatedField(field, value(field, random, strings, depth));
                }
            } else if (field.getRealContainingOneof() == null || !builder.hasOneof(field.getRealContainingOneof())) {
                builder.setField(field, value(field, random, strings, depth));
            }
        }
        return builder.build();
    }

    /**
     * {@code valid} with one to three fields changed at random — a leaf set to a random value, a
     * field cleared, an item added — at any depth: garbage that gets past the first checks.
     */
    public static Message mutate(Message valid, Random random, List<String> strings) {
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(valid);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            mutateOnce(builder, random, strings, 0);
        }
        return builder.build();
    }

    private static void mutateOnce(Message.Builder builder, Random random, List<String> strings, int depth) {
        List<FieldDescriptor> fields = builder.getDescriptorForType().getFields();
        if (fields.isEmpty()) {
            return;
        }
        FieldDescriptor field = fields.get(random.nextInt(fields.size()));
        boolean message = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE;
        if (message && !field.isRepeated() && builder.hasField(field) && random.nextBoolean()
                && !field.getMessageType().getFullName().equals("google.protobuf.Timestamp")) {
            Message.Builder nested = DynamicMessage.newBuilder((Message) builder.getField(field));
            mutateOnce(nested, random, strings, depth + 1);
            builder.setField(field, nested.build());
        } else if (message && field.isRepeated() && builder.getRepeatedFieldCount(field) > 0 && random.nextBoolean()) {
            int index = random.nextInt(builder.getRepeatedFieldCount(field));
            Message.Builder nested = DynamicMessage.newBuilder((Message) builder.getRepeatedField(field, index));
            mutateOnce(nested, random, strings, depth + 1);
            builder.setRepeatedField(field, index, nested.build());
        } else if (random.nextInt(4) == 0) {
            builder.clearField(field);
        } else if (field.isRepeated()) {
            builder.addRepeatedField(field, value(field, random, strings, depth));
        } else {
            builder.setField(field, value(field, random, strings, depth));
        }
    }

    private static long randomSeconds(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextLong();
            case 1:
                return 1_700_000_000L + random.nextInt(200_000_000);
            case 2:
                return -62_135_596_800L - random.nextInt(10);
            default:
                return 253_402_300_799L + random.nextInt(3) - 1;
        }
    }

    private static Object value(FieldDescriptor field, Random random, List<String> strings, int depth) {
        switch (field.getJavaType()) {
            case STRING:
                return randomString(random, strings);
            case BOOLEAN:
                return random.nextBoolean();
            case INT:
                return random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(2000) - 10;
            case LONG:
                return random.nextLong();
            case ENUM: {
                int number = random.nextInt(3) == 0 ? random.nextInt(1000) - 5 : random.nextInt(field.getEnumType().getValues().size() + 1);
                return field.getEnumType().findValueByNumberCreatingIfUnknown(number);
            }
            case MESSAGE:
                return random(field.getMessageType(), random, strings, depth + 1);
            case BYTE_STRING:
                return ByteString.copyFromUtf8(randomString(random, strings));
            default:
                return field.getDefaultValue();
        }
    }

    private static final String ALPHABET = "abcXYZ019-_./ 投诉档案秘密\u0000\u0007\n\t\u001b\u200b\uffff{}%\\\"'";

    private static String randomString(Random random, List<String> strings) {
        switch (random.nextInt(6)) {
            case 0:
            case 1:
            case 2:
                return strings.get(random.nextInt(strings.size()));
            case 3:
                return "";
            default: {
                int length = random.nextInt(8) == 0 ? 400 + random.nextInt(5000) : random.nextInt(30);
                StringBuilder text = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    if (random.nextInt(50) == 0) {
                        text.appendCodePoint(0x1F600 + random.nextInt(50)); // outside the BMP: two chars, one code point
                    } else {
                        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
                return text.toString();
            }
        }
    }

    /** Re-reads bytes as a message of {@code type} (used to check what a recorded answer holds). */
    public static DynamicMessage parse(Descriptor type, byte[] bytes) {
        try {
            return DynamicMessage.parseFrom(type, bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
