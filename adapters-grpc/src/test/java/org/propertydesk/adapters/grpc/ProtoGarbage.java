package org.propertydesk.adapters.grpc;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Any request message filled with garbage, for properties that no input ends as UNKNOWN or
 * INTERNAL: strings of any characters (Chinese, control characters, lone surrogates, oversized) or
 * a meaningful value (a real resource name, another office's, an etag), enum numbers known or not,
 * timestamps and durations out of range, nested messages present or not, repeated fields of 0–3
 * elements. The values come from jqwik, so a failing case shrinks.
 */
public final class ProtoGarbage {

    private static final int MAX_DEPTH = 3;

    private final List<String> texts;
    private final List<Integer> ints;
    private final List<Long> longs;
    private int nextText;
    private int nextInt;
    private int nextLong;

    private ProtoGarbage(List<String> texts, List<Integer> ints, List<Long> longs) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.ints = Objects.requireNonNull(ints, "ints");
        this.longs = Objects.requireNonNull(longs, "longs");
    }

    /** Fillers drawing their strings from garbage and {@code meaningful}. */
    public static Arbitrary<ProtoGarbage> fillers(List<String> meaningful) {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars(" ·。").ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(5),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3990).ofMaxLength(4100),
                Arbitraries.of(meaningful),
                Arbitraries.of(meaningful),
                Arbitraries.of(meaningful));
        return Combinators.combine(
                        text.list().ofMinSize(1).ofMaxSize(24),
                        Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-2, 12)).list().ofMinSize(1).ofMaxSize(24),
                        Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L))
                                .list().ofMinSize(1).ofMaxSize(12))
                .as(ProtoGarbage::new);
    }

    /** A message of {@code prototype}'s type with every field filled with garbage (or left out). */
    @SuppressWarnings("unchecked")
    public <M extends Message> M fill(M prototype) {
        return (M) fill(prototype.newBuilderForType(), 0).build();
    }

    /**
     * {@code valid} with about one in six of its fields, at any depth, replaced by garbage (or
     * cleared), so that most of the request passes its checks and the garbage reaches further in.
     */
    @SuppressWarnings("unchecked")
    public <M extends Message> M corrupt(M valid) {
        return (M) corrupt(valid.toBuilder(), 0).build();
    }

    private Message.Builder corrupt(Message.Builder builder, int depth) {
        for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
            int roll = Math.floorMod(nextInt(), 6);
            boolean nested = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated()
                    && builder.hasField(field) && !isTime(builder.newBuilderForField(field));
            if (roll == 0) {
                builder.clearField(field);
                garbageInto(builder, field, depth);
            } else if (roll == 1 && nested && depth < MAX_DEPTH) {
                builder.setField(field, corrupt(((Message) builder.getField(field)).toBuilder(), depth + 1).build());
            }
        }
        return builder;
    }

    private static boolean isTime(Message.Builder builder) {
        String type = builder.getDescriptorForType().getFullName();
        return type.equals(Timestamp.getDescriptor().getFullName()) || type.equals(Duration.getDescriptor().getFullName());
    }

    private Message.Builder fill(Message.Builder builder, int depth) {
        if (isTime(builder)) {
            FieldDescriptor seconds = builder.getDescriptorForType().findFieldByName("seconds");
            FieldDescriptor nanos = builder.getDescriptorForType().findFieldByName("nanos");
            return builder.setField(seconds, nextLong()).setField(nanos, nextInt());
        }
        for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
            garbageInto(builder, field, depth);
        }
        return builder;
    }

    /** Sets {@code field} to garbage: 0–3 elements when repeated, else a value four times in five. */
    private void garbageInto(Message.Builder builder, FieldDescriptor field, int depth) {
        if (field.isRepeated()) {
            int count = Math.floorMod(nextInt(), 4);
            for (int i = 0; i < count; i++) {
                Object value = value(builder, field, depth);
                if (value != null) {
                    builder.addRepeatedField(field, value);
                }
            }
        } else if (Math.floorMod(nextInt(), 5) != 0) {
            Object value = value(builder, field, depth);
            if (value != null) {
                builder.setField(field, value);
            }
        }
    }

    private Object value(Message.Builder builder, FieldDescriptor field, int depth) {
        switch (field.getJavaType()) {
            case STRING:
                return nextText();
            case BOOLEAN:
                return nextInt() % 2 == 0;
            case INT:
                return nextInt();
            case LONG:
                return nextLong();
            case ENUM:
                return field.getEnumType().findValueByNumberCreatingIfUnknown(nextInt());
            case MESSAGE:
                return depth >= MAX_DEPTH ? null : fill(builder.newBuilderForField(field), depth + 1).build();
            default:
                return null;
        }
    }

    private String nextText() {
        return texts.get(nextText++ % texts.size());
    }

    private int nextInt() {
        return ints.get(nextInt++ % ints.size());
    }

    private long nextLong() {
        return longs.get(nextLong++ % longs.size());
    }

    @Override
    public String toString() {
        return "ProtoGarbage" + texts.stream().map(text -> text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text).toList()
                + ints + longs;
    }
}
