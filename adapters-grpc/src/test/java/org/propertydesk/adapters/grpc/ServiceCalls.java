package org.propertydesk.adapters.grpc;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Every RPC of a service, called by reflection with any request: for tests that hold each RPC to
 * the same contract (authentication, office scoping, malformed input, garbage) without a line per
 * RPC that could be forgotten.
 */
public final class ServiceCalls {

    private ServiceCalls() {}

    /** The unary methods of {@code service}, typed for calls with any message. */
    @SuppressWarnings("unchecked")
    public static List<MethodDescriptor<Message, Message>> methods(ServiceDescriptor service) {
        List<MethodDescriptor<Message, Message>> methods = new ArrayList<>();
        for (MethodDescriptor<?, ?> method : service.getMethods()) {
            methods.add((MethodDescriptor<Message, Message>) method);
        }
        return methods;
    }

    /** The method's request message with nothing set. */
    public static Message emptyRequest(MethodDescriptor<Message, Message> method) {
        return (Message) ((MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller()).getMessagePrototype();
    }

    /** Calls {@code method} with {@code request}, as the caller of {@code token} (none when null). */
    public static Message call(Channel channel, String token, MethodDescriptor<Message, Message> method, Message request) {
        Metadata headers = new Metadata();
        if (token != null) {
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        }
        return ClientCalls.blockingUnaryCall(
                ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers)),
                method, CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), request);
    }

    /** The failure of a call that must fail. */
    public static InProcessDesk.Failure failure(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            return InProcessDesk.Failure.of(e);
        }
        throw new AssertionError("the call should have failed");
    }

    /** {@code message} with the (top-level) field {@code field} set to {@code value}. */
    @SuppressWarnings("unchecked")
    public static <M extends Message> M with(M message, String field, Object value) {
        FieldDescriptor descriptor = message.getDescriptorForType().findFieldByName(field);
        if (descriptor == null) {
            throw new IllegalArgumentException(message.getDescriptorForType().getFullName() + " has no field " + field);
        }
        return (M) message.toBuilder().setField(descriptor, value).build();
    }

    /** Whether the request has a top-level field {@code field}. */
    public static boolean has(Message message, String field) {
        return message.getDescriptorForType().findFieldByName(field) != null;
    }

    /** {@code message} with {@code from} replaced by {@code to} in every string, however deep. */
    @SuppressWarnings("unchecked")
    public static <M extends Message> M replacing(M message, String from, String to) {
        Message.Builder builder = message.toBuilder();
        for (java.util.Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
            FieldDescriptor field = entry.getKey();
            if (field.isRepeated()) {
                List<?> values = (List<?>) entry.getValue();
                for (int i = 0; i < values.size(); i++) {
                    builder.setRepeatedField(field, i, replaced(values.get(i), from, to));
                }
            } else {
                builder.setField(field, replaced(entry.getValue(), from, to));
            }
        }
        return (M) builder.build();
    }

    private static Object replaced(Object value, String from, String to) {
        if (value instanceof String text) {
            return text.replace(from, to);
        }
        if (value instanceof Message nested) {
            return replacing(nested, from, to);
        }
        return value;
    }

    /**
     * A request of {@code descriptor}'s type filled with garbage: strings from {@code strings} or
     * random text (Chinese, control characters, very long), any enum number, edge integers,
     * timestamps and durations in and far out of range, nested messages and repeated fields.
     */
    public static Message random(Descriptor descriptor, Random random, List<String> strings) {
        return random(descriptor, random, strings, 0);
    }

    private static Message random(Descriptor descriptor, Random random, List<String> strings, int depth) {
        com.google.protobuf.DynamicMessage.Builder builder = com.google.protobuf.DynamicMessage.newBuilder(descriptor);
        for (FieldDescriptor field : descriptor.getFields()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            if (field.getContainingOneof() != null && random.nextBoolean()) {
                continue;
            }
            if (field.isRepeated()) {
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    Object value = value(field, random, strings, depth);
                    if (value != null) {
                        builder.addRepeatedField(field, value);
                    }
                }
            } else {
                Object value = value(field, random, strings, depth);
                if (value != null) {
                    builder.setField(field, value);
                }
            }
        }
        return builder.build();
    }

    private static Object value(FieldDescriptor field, Random random, List<String> strings, int depth) {
        switch (field.getJavaType()) {
            case STRING:
                return string(random, strings);
            case INT:
                return edgeInt(random);
            case LONG:
                return (long) edgeInt(random) * (random.nextBoolean() ? 1 : 1_000_003L);
            case BOOLEAN:
                return random.nextBoolean();
            case ENUM:
                return field.getEnumType().findValueByNumberCreatingIfUnknown(random.nextInt(12) - 2);
            case MESSAGE:
                Descriptor type = field.getMessageType();
                if (type.getFullName().equals(Timestamp.getDescriptor().getFullName())
                        || type.getFullName().equals(com.google.protobuf.Duration.getDescriptor().getFullName())) {
                    return com.google.protobuf.DynamicMessage.newBuilder(type)
                            .setField(type.findFieldByName("seconds"), seconds(random))
                            .setField(type.findFieldByName("nanos"), random.nextInt(5) == 0 ? random.nextInt() : random.nextInt(1_000_000_000))
                            .build();
                }
                return depth >= 4 ? null : random(type, random, strings, depth + 1);
            default:
                return null;
        }
    }

    private static long seconds(Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return random.nextLong();
            case 1:
                return -62_135_596_800L - random.nextInt(1000);
            case 2:
                return 253_402_300_799L - random.nextInt(3) + random.nextInt(3);
            default:
                return 1_790_000_000L + random.nextInt(20_000_000);
        }
    }

    private static int edgeInt(Random random) {
        int[] edges = {0, 1, 2, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1000, 1001, 10_000};
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt(100) - 10;
    }

    private static String string(Random random, List<String> strings) {
        switch (random.nextInt(6)) {
            case 0:
            case 1:
            case 2:
                return strings.get(random.nextInt(strings.size()));
            case 3:
                return "";
            case 4: {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    int kind = random.nextInt(5);
                    if (kind == 0) {
                        text.append((char) random.nextInt(0x20));
                    } else if (kind == 1) {
                        text.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
                    } else if (kind == 2) {
                        int[] odd = {0x1F525, 0xFFFE, 0xFFFF, 0x202E, 0x200B, 0x85, 0x2028, 0xFEFF};
                        text.appendCodePoint(odd[random.nextInt(odd.length)]);
                    } else {
                        text.append((char) (0x20 + random.nextInt(0x5F)));
                    }
                }
                return text.toString();
            }
            default:
                return "火".repeat(random.nextInt(3000));
        }
    }
}
