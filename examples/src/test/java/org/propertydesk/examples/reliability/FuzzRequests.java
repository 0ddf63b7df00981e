package org.propertydesk.examples.reliability;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.protobuf.WireFormat;
import io.grpc.MethodDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * Hostile requests for any RPC, as raw bytes: plausible messages built from the request's
 * descriptor (the demo office's resource names, ids learnt from earlier answers, real enum values,
 * times near the demo clock), the corpus of requests the server accepted, and mutations of both —
 * fields replaced by huge strings, control characters, SQL, Chinese text, unknown enum numbers,
 * out-of-range times, fields cleared — and of their encoding: invalid UTF-8 in a string field,
 * wrong wire types, unknown fields, flipped, cut and random bytes, another RPC's message. Values
 * come from jqwik arbitraries drawn with one seeded {@link Random}, so a run is reproducible.
 */
final class FuzzRequests {

    /** How a request was made hostile. */
    enum Attack {
        PLAUSIBLE, FROM_CORPUS, ONE_FIELD, CORRUPTED, GARBAGE, WRONG_MESSAGE_TYPE, INVALID_UTF8, WRONG_WIRE_TYPE, UNKNOWN_FIELDS,
        FLIPPED_BYTES, TRUNCATED, RANDOM_BYTES
    }

    /** One request to send, and how to show it in a failure report (made only when needed: some are megabytes). */
    record Attempt(Attack attack, byte[] payload, java.util.function.Supplier<String> shown) {}

    private static final int GEN_SIZE = 1000;
    private static final int MAX_DEPTH = 4;
    private static final int CORPUS_PER_METHOD = 24;
    private static final int POOL_SIZE = 400;
    private static final Instant NEAR = Instant.parse("2026-09-14T01:00:00Z");

    private final Random random;
    private final String office;
    private final List<String> staff;
    private final List<String> names = new ArrayList<>();
    private final LinkedHashSet<String> knownNames = new LinkedHashSet<>();
    private final List<String> etags = new ArrayList<>(List.of("W/\"1\"", "1", "v1"));
    private final Map<String, List<Message>> corpus = new HashMap<>();
    private final List<Message> prototypes;

    private final RandomGenerator<String> hostileText;
    private final RandomGenerator<String> chineseText;
    private final RandomGenerator<Long> seconds;
    private final RandomGenerator<Integer> nanos;
    private final RandomGenerator<Integer> hostileInt;
    private final RandomGenerator<Long> hostileLong;
    private final RandomGenerator<Integer> hostileEnum;

    FuzzRequests(Random random, String office, List<String> staff, List<MethodDescriptor<?, ?>> methods) {
        this.random = random;
        this.office = office;
        this.staff = List.copyOf(staff);
        this.prototypes = methods.stream().map(FuzzRequests::prototype).toList();
        staff.forEach(this::learnName);
        learnName(office);

        Arbitrary<String> sql = Arbitraries.of(
                "'; drop table pd_complaint;--", "' or '1'='1", "\"; delete from pd_staff where ''='", "1; update pd_audit_entry set outcome='GRANTED'--",
                "%", "_", "\\", "%' --", "' union select * from pd_request --", "'); truncate table pd_audit_entry; --", "NULL", "null", "\u0000",
                "Robert'); DROP TABLE Students;--", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../etc/passwd", "<script>alert(1)</script>");
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars(" ·。，！？《》").ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f')
                .withChars('\u007f', '\u0085', '\u2028', '\u2029', '\u200b', '\u202e', '\ufeff', '\ufffd').ofMaxLength(10);
        Arbitrary<String> surrogates = Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> emoji = Arbitraries.of("😀", "👨‍👩‍👧‍👦", "𠮷野家", "🏢🔥", "\uD83D\uDE00".repeat(300));
        // Outside the Basic Multilingual Plane: two UTF-16 units each, as H2 counts a column's length.
        Arbitrary<String> supplementary = Arbitraries.integers().between(1, 600)
                .flatMap(length -> Arbitraries.of("𠮷", "😀", "𡈼", "🏠").list().ofSize(length).map(chars -> String.join("", chars)));
        Arbitrary<String> longer = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(60).ofMaxLength(5_000);
        Arbitrary<String> longChinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(30).ofMaxLength(3_000);
        Arbitrary<String> huge = Arbitraries.integers().between(10_000, 300_000).map(length -> "长".repeat(length));
        Arbitrary<String> names = Arbitraries.of("offices/", "offices/-", "offices/" + UUID.randomUUID(), "offices//complaints/",
                "offices/0ff1ce00-cafe-4000-8000-000000000001/../../", "OFFICES/0FF1CE00-CAFE-4000-8000-000000000001",
                "offices/0ff1ce00-cafe-4000-8000-000000000001/complaints/not-a-uuid", "offices/00000000-0000-0000-0000-000000000000/staff/x",
                " offices/0ff1ce00-cafe-4000-8000-000000000001 ", "offices/0ff1ce00-cafe-4000-8000-000000000001\u0000");
        hostileText = Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(40, chinese),
                Tuple.of(30, control),
                Tuple.of(30, sql),
                Tuple.of(10, surrogates),
                Tuple.of(10, emoji),
                Tuple.of(20, supplementary),
                Tuple.of(30, longer),
                Tuple.of(20, longChinese),
                Tuple.of(1, huge),
                Tuple.of(30, names),
                Tuple.of(20, Arbitraries.just(""))).generator(GEN_SIZE);
        chineseText = chinese.generator(GEN_SIZE);
        seconds = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(NEAR.getEpochSecond() - 90L * 86_400, NEAR.getEpochSecond() + 90L * 86_400)),
                Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -62_135_596_801L, -62_135_596_800L, 253_402_300_799L,
                        253_402_300_800L, 0L, -1L, 1_774_800_000L /* 2026-03-29 */, 1_792_000_000L)),
                Tuple.of(1, Arbitraries.longs())).generator(GEN_SIZE);
        nanos = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(0, 999_999_999)),
                Tuple.of(1, Arbitraries.of(-1, 1_000_000_000, Integer.MIN_VALUE, Integer.MAX_VALUE))).generator(GEN_SIZE);
        hostileInt = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-2, 20)),
                Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 1_000, 1_000_000)),
                Tuple.of(1, Arbitraries.integers())).generator(GEN_SIZE);
        hostileLong = Arbitraries.oneOf(Arbitraries.longs().between(-2, 20), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE), Arbitraries.longs())
                .generator(GEN_SIZE);
        hostileEnum = Arbitraries.oneOf(Arbitraries.integers().between(-3, 40), Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000))
                .generator(GEN_SIZE);
    }

    /** A hostile request for the RPC whose request type is {@code methodIndex}'s. */
    Attempt next(int methodIndex) {
        Message prototype = prototypes.get(methodIndex);
        String type = prototype.getDescriptorForType().getFullName();
        Attack attack = attack();
        Message message;
        switch (attack) {
            case PLAUSIBLE:
                message = plausible(prototype.newBuilderForType(), 0).build();
                return new Attempt(attack, message.toByteArray(), message::toString);
            case FROM_CORPUS:
                message = fromCorpus(prototype);
                return new Attempt(attack, message.toByteArray(), message::toString);
            case ONE_FIELD:
                Message seed = fromCorpus(prototype);
                List<FieldDescriptor> path = randomPath(seed.getDescriptorForType(), false);
                message = path.isEmpty() ? seed : oneFieldHostile(seed, path, 0);
                return new Attempt(attack, message.toByteArray(), message::toString);
            case CORRUPTED:
                message = corrupt(fromCorpus(prototype).toBuilder(), 0).build();
                return new Attempt(attack, message.toByteArray(), message::toString);
            case GARBAGE:
                message = garbage(prototype.newBuilderForType(), 0).build();
                return new Attempt(attack, message.toByteArray(), message::toString);
            case WRONG_MESSAGE_TYPE:
                Message other = prototypes.get(random.nextInt(prototypes.size()));
                message = plausible(other.newBuilderForType(), 0).build();
                Message wrong = message;
                return new Attempt(attack, message.toByteArray(), () -> other.getDescriptorForType().getName() + " " + wrong);
            case INVALID_UTF8:
                return appended(attack, fromCorpus(prototype), true);
            case WRONG_WIRE_TYPE:
                return appended(attack, fromCorpus(prototype), false);
            case UNKNOWN_FIELDS:
                return unknownFields(fromCorpus(prototype));
            case FLIPPED_BYTES:
                return flipped(fromCorpus(prototype).toByteArray());
            case TRUNCATED:
                byte[] whole = fromCorpus(prototype).toByteArray();
                byte[] cut = Arrays.copyOf(whole, whole.length == 0 ? 0 : random.nextInt(whole.length));
                String cutShown = type + " cut to " + cut.length + " of " + whole.length + " bytes";
                return new Attempt(attack, cut, () -> cutShown);
            case RANDOM_BYTES:
            default:
                byte[] bytes = new byte[random.nextInt(10) == 0 ? random.nextInt(20_000) : random.nextInt(64)];
                random.nextBytes(bytes);
                String randomShown = bytes.length + " random bytes";
                return new Attempt(attack, bytes, () -> randomShown);
        }
    }

    private Attack attack() {
        int roll = random.nextInt(100);
        if (roll < 10) return Attack.PLAUSIBLE;
        if (roll < 20) return Attack.FROM_CORPUS;
        if (roll < 45) return Attack.ONE_FIELD;
        if (roll < 60) return Attack.CORRUPTED;
        if (roll < 65) return Attack.GARBAGE;
        if (roll < 68) return Attack.WRONG_MESSAGE_TYPE;
        if (roll < 76) return Attack.INVALID_UTF8;
        if (roll < 83) return Attack.WRONG_WIRE_TYPE;
        if (roll < 86) return Attack.UNKNOWN_FIELDS;
        if (roll < 93) return Attack.FLIPPED_BYTES;
        if (roll < 97) return Attack.TRUNCATED;
        return Attack.RANDOM_BYTES;
    }

    /** Keeps a request the server accepted as a seed for later mutations. */
    void accepted(Message request) {
        List<Message> seeds = corpus.computeIfAbsent(request.getDescriptorForType().getFullName(), type -> new ArrayList<>());
        if (seeds.size() < CORPUS_PER_METHOD) {
            seeds.add(request);
        } else {
            seeds.set(random.nextInt(seeds.size()), request);
        }
    }

    /** Learns the resource names and etags in an answer, so later requests can name what exists. */
    void learn(Message answer) {
        for (Map.Entry<FieldDescriptor, Object> entry : answer.getAllFields().entrySet()) {
            FieldDescriptor field = entry.getKey();
            List<?> values = field.isRepeated() ? (List<?>) entry.getValue() : List.of(entry.getValue());
            for (Object value : values) {
                if (value instanceof Message) {
                    learn((Message) value);
                } else if (value instanceof String) {
                    String text = (String) value;
                    if (field.getName().equals("etag")) {
                        etags.add(text);
                        if (etags.size() > POOL_SIZE) {
                            etags.remove(random.nextInt(etags.size()));
                        }
                    } else if (text.startsWith("offices/") && text.length() < 200) {
                        learnName(text);
                    }
                }
            }
        }
    }

    private void learnName(String name) {
        if (knownNames.add(name)) {
            names.add(name);
            if (names.size() > POOL_SIZE) {
                knownNames.remove(names.remove(staff.size() + 1 + random.nextInt(names.size() - staff.size() - 1)));
            }
        }
    }

    int namesKnown() {
        return names.size();
    }

    // ------------------------------------------------------------------------------------------ messages

    private Message fromCorpus(Message prototype) {
        List<Message> seeds = corpus.get(prototype.getDescriptorForType().getFullName());
        if (seeds == null || seeds.isEmpty() || random.nextInt(4) == 0) {
            return plausible(prototype.newBuilderForType(), 0).build();
        }
        Message seed = seeds.get(random.nextInt(seeds.size()));
        FieldDescriptor requestId = seed.getDescriptorForType().findFieldByName("request_id");
        if (requestId != null && random.nextInt(3) != 0) {
            return seed.toBuilder().setField(requestId, UUID.randomUUID().toString()).build();
        }
        return seed;
    }

    /**
     * {@code message} with the one field at the end of {@code path} replaced by a hostile value (or
     * cleared), the rest as it was: so the value gets past every other check and as deep as it can.
     */
    private Message oneFieldHostile(Message message, List<FieldDescriptor> path, int at) {
        FieldDescriptor field = path.get(at);
        Message.Builder builder = message.toBuilder();
        if (at == path.size() - 1) {
            builder.clearField(field);
            garbageInto(builder, field, at);
            return builder.build();
        }
        if (field.isRepeated()) {
            int count = builder.getRepeatedFieldCount(field);
            if (count > 0 && random.nextInt(4) != 0) {
                int index = random.nextInt(count);
                builder.setRepeatedField(field, index, oneFieldHostile((Message) builder.getRepeatedField(field, index), path, at + 1));
            } else {
                builder.addRepeatedField(field, oneFieldHostile(plausible(builder.newBuilderForField(field), at + 1).build(), path, at + 1));
            }
        } else {
            Message nested = builder.hasField(field) ? (Message) builder.getField(field) : plausible(builder.newBuilderForField(field), at + 1).build();
            builder.setField(field, oneFieldHostile(nested, path, at + 1));
        }
        return builder.build();
    }

    /** A message a careful client might send: known names, real enum values, sensible times. */
    private Message.Builder plausible(Message.Builder builder, int depth) {
        if (isTime(builder.getDescriptorForType())) {
            return time(builder, true);
        }
        for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
            if (field.getContainingOneof() != null && random.nextInt(3) != 0) {
                continue;
            }
            if (field.isRepeated()) {
                for (int i = random.nextInt(3); i > 0; i--) {
                    Object value = plausibleValue(builder, field, depth);
                    if (value != null) {
                        builder.addRepeatedField(field, value);
                    }
                }
            } else if (random.nextInt(8) != 0) {
                Object value = plausibleValue(builder, field, depth);
                if (value != null) {
                    builder.setField(field, value);
                }
            }
        }
        return builder;
    }

    private Object plausibleValue(Message.Builder builder, FieldDescriptor field, int depth) {
        switch (field.getJavaType()) {
            case STRING:
                return plausibleText(field.getName());
            case BOOLEAN:
                return random.nextBoolean();
            case INT:
                return random.nextInt(12);
            case LONG:
                return (long) random.nextInt(12);
            case ENUM:
                List<EnumValueDescriptor> values = field.getEnumType().getValues();
                return values.get(values.size() > 1 && random.nextInt(10) != 0 ? 1 + random.nextInt(values.size() - 1) : 0);
            case MESSAGE:
                return depth >= MAX_DEPTH ? null : plausible(builder.newBuilderForField(field), depth + 1).build();
            default:
                return null;
        }
    }

    private String plausibleText(String field) {
        if (field.equals("parent") || field.equals("office")) {
            return random.nextInt(10) == 0 ? pick(names) : office;
        }
        if (field.equals("request_id")) {
            return UUID.randomUUID().toString();
        }
        if (field.equals("etag")) {
            return random.nextInt(6) == 0 ? "" : pick(etags);
        }
        if (field.equals("page_token") || field.equals("filter") || field.equals("order_by")) {
            return random.nextInt(3) == 0 ? chineseText.next(random).value() : "";
        }
        if (field.endsWith("date") || field.endsWith("_on") || field.endsWith("_day")) {
            return NEAR.atZone(java.time.ZoneOffset.ofHours(8)).toLocalDate().plusDays(random.nextInt(60) - 20).toString();
        }
        if (field.endsWith("time") && random.nextBoolean()) {
            return String.format("%02d:%02d", random.nextInt(25), random.nextInt(4) * 15);
        }
        int roll = random.nextInt(10);
        if (field.equals("name") || roll < 3) {
            return pick(names);
        }
        if (roll < 4) {
            return pick(staff);
        }
        if (roll < 5) {
            return (1 + random.nextInt(9)) + "-" + String.format("%02d%02d", 1 + random.nextInt(20), 1 + random.nextInt(4));
        }
        if (roll < 6) {
            return "SECURITY";
        }
        return chineseText.next(random).value();
    }

    /** {@code builder} with about one field in four, at any depth, replaced by garbage or cleared. */
    private Message.Builder corrupt(Message.Builder builder, int depth) {
        if (isTime(builder.getDescriptorForType())) {
            return time(builder, false);
        }
        boolean changed = false;
        for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
            int roll = random.nextInt(8);
            boolean nested = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated() && builder.hasField(field);
            if (roll == 0) {
                builder.clearField(field);
                changed = true;
            } else if (roll <= 2) {
                builder.clearField(field);
                garbageInto(builder, field, depth);
                changed = true;
            } else if (roll == 3 && nested && depth < MAX_DEPTH) {
                builder.setField(field, corrupt(((Message) builder.getField(field)).toBuilder(), depth + 1).build());
                changed = true;
            }
        }
        List<FieldDescriptor> fields = builder.getDescriptorForType().getFields();
        if (!changed && !fields.isEmpty()) {
            FieldDescriptor field = fields.get(random.nextInt(fields.size()));
            builder.clearField(field);
            garbageInto(builder, field, depth);
        }
        return builder;
    }

    private Message.Builder garbage(Message.Builder builder, int depth) {
        if (isTime(builder.getDescriptorForType())) {
            return time(builder, false);
        }
        for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
            garbageInto(builder, field, depth);
        }
        return builder;
    }

    private void garbageInto(Message.Builder builder, FieldDescriptor field, int depth) {
        if (field.isRepeated()) {
            for (int i = random.nextInt(random.nextInt(20) == 0 ? 200 : 4); i > 0; i--) {
                Object value = garbageValue(builder, field, depth);
                if (value != null) {
                    builder.addRepeatedField(field, value);
                }
            }
        } else if (random.nextInt(5) != 0) {
            Object value = garbageValue(builder, field, depth);
            if (value != null) {
                builder.setField(field, value);
            }
        }
    }

    private Object garbageValue(Message.Builder builder, FieldDescriptor field, int depth) {
        switch (field.getJavaType()) {
            case STRING:
                return random.nextInt(4) == 0 ? plausibleText(field.getName()) : hostileText.next(random).value();
            case BOOLEAN:
                return random.nextBoolean();
            case INT:
                return hostileInt.next(random).value();
            case LONG:
                return hostileLong.next(random).value();
            case ENUM:
                return field.getEnumType().findValueByNumberCreatingIfUnknown(hostileEnum.next(random).value());
            case MESSAGE:
                return depth >= MAX_DEPTH ? null : garbage(builder.newBuilderForField(field), depth + 1).build();
            default:
                return null;
        }
    }

    private Message.Builder time(Message.Builder builder, boolean sensible) {
        Descriptor type = builder.getDescriptorForType();
        FieldDescriptor secondsField = type.findFieldByName("seconds");
        FieldDescriptor nanosField = type.findFieldByName("nanos");
        boolean duration = type.getFullName().equals(Duration.getDescriptor().getFullName());
        long secondsValue = sensible
                ? (duration ? 60L * random.nextInt(24 * 60) : NEAR.getEpochSecond() + 3_600L * (random.nextInt(24 * 60) - 24 * 10))
                : duration ? hostileLong.next(random).value() * (random.nextBoolean() ? 1 : 86_400) : seconds.next(random).value();
        return builder.setField(secondsField, secondsValue).setField(nanosField, sensible ? 0 : nanos.next(random).value());
    }

    private static boolean isTime(Descriptor type) {
        return type.getFullName().equals(Timestamp.getDescriptor().getFullName()) || type.getFullName().equals(Duration.getDescriptor().getFullName());
    }

    // ------------------------------------------------------------------------------------------ encodings

    /**
     * {@code message} with one more occurrence of a field appended, at a random path of singular
     * message fields: a string whose bytes are not UTF-8, or any field in a wire type its
     * declaration does not have. Protobuf merges a repeated occurrence into the message, so only
     * that field is malformed.
     */
    private Attempt appended(Attack attack, Message message, boolean invalidUtf8) {
        List<FieldDescriptor> path = randomPath(message.getDescriptorForType(), invalidUtf8);
        if (path.isEmpty()) {
            return flipped(message.toByteArray());
        }
        FieldDescriptor leaf = path.get(path.size() - 1);
        byte[] bytes;
        if (invalidUtf8) {
            bytes = field(leaf.getNumber(), WireFormat.WIRETYPE_LENGTH_DELIMITED, invalidUtf8());
        } else {
            bytes = wrongWireType(leaf);
        }
        for (int i = path.size() - 2; i >= 0; i--) {
            bytes = field(path.get(i).getNumber(), WireFormat.WIRETYPE_LENGTH_DELIMITED, bytes);
        }
        String where = path.stream().map(FieldDescriptor::getName).reduce((a, b) -> a + "." + b).orElse("");
        return new Attempt(attack, concat(message.toByteArray(), bytes), () -> message.getDescriptorForType().getName() + " + malformed " + where + ": " + message);
    }

    private List<FieldDescriptor> randomPath(Descriptor type, boolean stringLeaf) {
        List<FieldDescriptor> path = new ArrayList<>();
        Descriptor at = type;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            List<FieldDescriptor> leaves = at.getFields().stream()
                    .filter(field -> !stringLeaf || field.getJavaType() == FieldDescriptor.JavaType.STRING).toList();
            List<FieldDescriptor> inner = at.getFields().stream()
                    .filter(field -> field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !isTime(field.getMessageType())).toList();
            if (!inner.isEmpty() && (leaves.isEmpty() || random.nextInt(3) == 0)) {
                FieldDescriptor next = inner.get(random.nextInt(inner.size()));
                path.add(next);
                at = next.getMessageType();
            } else if (!leaves.isEmpty()) {
                path.add(leaves.get(random.nextInt(leaves.size())));
                return path;
            } else {
                break;
            }
        }
        return List.of();
    }

    private byte[] invalidUtf8() {
        byte[][] choices = {
                {(byte) 0xff}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xe4, (byte) 0xb8},
                {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {'o', 'f', 'f', (byte) 0x80, 'i', 'c', 'e'},
                {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        byte[] bad = choices[random.nextInt(choices.length)];
        String prefix = random.nextBoolean() ? office + "/" : "";
        return concat(prefix.getBytes(StandardCharsets.UTF_8), bad);
    }

    private byte[] wrongWireType(FieldDescriptor leaf) {
        int declared = leaf.getLiteType().getWireType();
        int[] others = {WireFormat.WIRETYPE_VARINT, WireFormat.WIRETYPE_FIXED64, WireFormat.WIRETYPE_LENGTH_DELIMITED,
                WireFormat.WIRETYPE_START_GROUP, WireFormat.WIRETYPE_END_GROUP, WireFormat.WIRETYPE_FIXED32, 6, 7};
        int wire;
        do {
            wire = others[random.nextInt(others.length)];
        } while (wire == declared);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CodedOutputStream coded = CodedOutputStream.newInstance(out);
            coded.writeUInt32NoTag(tag(leaf.getNumber(), wire));
            switch (wire) {
                case WireFormat.WIRETYPE_VARINT -> coded.writeUInt64NoTag(random.nextLong());
                case WireFormat.WIRETYPE_FIXED64 -> coded.writeFixed64NoTag(random.nextLong());
                case WireFormat.WIRETYPE_FIXED32 -> coded.writeFixed32NoTag(random.nextInt());
                case WireFormat.WIRETYPE_LENGTH_DELIMITED -> {
                    byte[] junk = new byte[random.nextInt(12)];
                    random.nextBytes(junk);
                    coded.writeByteArrayNoTag(junk);
                }
                default -> coded.writeUInt64NoTag(random.nextInt(300));
            }
            coded.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Attempt unknownFields(Message message) {
        int number = random.nextBoolean() ? 50 + random.nextInt(1_000) : 8 + random.nextInt((1 << 29) - 9);
        int[] wires = {WireFormat.WIRETYPE_VARINT, WireFormat.WIRETYPE_FIXED64, WireFormat.WIRETYPE_LENGTH_DELIMITED, WireFormat.WIRETYPE_FIXED32};
        int wire = wires[random.nextInt(wires.length)];
        byte[] value;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CodedOutputStream coded = CodedOutputStream.newInstance(out);
            switch (wire) {
                case WireFormat.WIRETYPE_VARINT -> coded.writeUInt64NoTag(random.nextLong());
                case WireFormat.WIRETYPE_FIXED64 -> coded.writeFixed64NoTag(random.nextLong());
                case WireFormat.WIRETYPE_FIXED32 -> coded.writeFixed32NoTag(random.nextInt());
                default -> coded.writeByteArrayNoTag(hostileText.next(random).value().getBytes(StandardCharsets.UTF_8));
            }
            coded.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        value = out.toByteArray();
        byte[] tag = varint(tag(Math.max(1, Math.min(number, (1 << 29) - 1)), wire));
        return new Attempt(Attack.UNKNOWN_FIELDS, concat(message.toByteArray(), concat(tag, value)),
                () -> message.getDescriptorForType().getName() + " + unknown field " + number + ": " + message);
    }

    private Attempt flipped(byte[] bytes) {
        byte[] mutated = bytes.clone();
        int how = random.nextInt(4);
        if (mutated.length == 0 || how == 0) {
            byte[] insert = new byte[1 + random.nextInt(8)];
            random.nextBytes(insert);
            int at = mutated.length == 0 ? 0 : random.nextInt(mutated.length);
            mutated = concat(concat(Arrays.copyOfRange(mutated, 0, at), insert), Arrays.copyOfRange(mutated, at, mutated.length));
        } else if (how == 1) {
            int from = random.nextInt(mutated.length);
            int to = Math.min(mutated.length, from + 1 + random.nextInt(8));
            mutated = concat(Arrays.copyOfRange(mutated, 0, from), Arrays.copyOfRange(mutated, to, mutated.length));
        } else {
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                mutated[random.nextInt(mutated.length)] ^= (byte) (1 << random.nextInt(8));
            }
        }
        String flippedShown = bytes.length + " bytes mutated to " + mutated.length;
        return new Attempt(Attack.FLIPPED_BYTES, mutated, () -> flippedShown);
    }

    private static byte[] field(int number, int wire, byte[] payload) {
        return concat(concat(varint(tag(number, wire)), varint(payload.length)), payload);
    }

    private static int tag(int number, int wire) {
        return (number << 3) | wire;
    }

    private static byte[] varint(int value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CodedOutputStream coded = CodedOutputStream.newInstance(out);
            coded.writeUInt32NoTag(value);
            coded.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static Message prototype(MethodDescriptor<?, ?> method) {
        return (Message) ((MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller()).getMessagePrototype();
    }

    static Message responsePrototype(MethodDescriptor<?, ?> method) {
        return (Message) ((MethodDescriptor.PrototypeMarshaller<?>) method.getResponseMarshaller()).getMessagePrototype();
    }
}
