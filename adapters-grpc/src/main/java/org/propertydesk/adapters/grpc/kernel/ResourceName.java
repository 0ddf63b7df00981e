package org.propertydesk.adapters.grpc.kernel;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * A parsed resource name (AIP-122) such as {@code offices/{office}/complaints/{complaint}}: the
 * office it lives in and the ids of its other segments. Made by {@link Pattern#parse}, which
 * accepts only names of exactly the pattern's shape whose id segments are UUIDs.
 */
public record ResourceName(String name, OfficeId office, Map<String, String> segments) {

    public ResourceName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(segments, "segments");
    }

    /** The UUID-valued segment {@code variable} as a typed id. */
    public <I> I id(String variable, Function<UUID, I> type) {
        return type.apply(UUID.fromString(segment(variable)));
    }

    /** The raw text of segment {@code variable}. */
    public String segment(String variable) {
        return segments.get(variable).getOrElseThrow(() -> new IllegalArgumentException("no segment " + variable + " in " + name));
    }

    /** Formats a name of this pattern from ids, e.g. {@code Pattern.of("offices/{office}/rosters/{roster}").format(office, roster)}. */
    public static String format(Pattern pattern, Object... ids) {
        return pattern.format(ids);
    }

    /**
     * A resource name pattern, e.g. {@code offices/{office}/complaints/{complaint}}. The first
     * variable must be {@code office}. Variables are UUIDs unless declared free-form with
     * {@link #withTextSegment}.
     */
    public static final class Pattern {
        private final String pattern;
        private final List<String> parts;
        private final io.vavr.collection.Set<String> textSegments;

        private Pattern(String pattern, io.vavr.collection.Set<String> textSegments) {
            this.pattern = pattern;
            this.parts = List.of(pattern.split("/"));
            this.textSegments = textSegments;
            if (parts.size() < 2 || !parts.get(0).equals("offices") || !parts.get(1).equals("{office}")) {
                throw new IllegalArgumentException("a PropertyDesk resource name starts with offices/{office}: " + pattern);
            }
        }

        public static Pattern of(String pattern) {
            return new Pattern(Objects.requireNonNull(pattern, "pattern"), io.vavr.collection.HashSet.empty());
        }

        /** Declares {@code variable} a free-form segment (letters, digits, '-', '_', '.'; 1–64 characters). */
        public Pattern withTextSegment(String variable) {
            return new Pattern(pattern, textSegments.add(variable));
        }

        /** The pattern, for error messages and documentation. */
        @Override
        public String toString() {
            return pattern;
        }

        /** The parsed name, or empty when {@code name} does not have this pattern's shape. */
        public Option<ResourceName> parse(String name) {
            if (name == null || name.isEmpty() || name.length() > 512) {
                return Option.none();
            }
            String[] given = name.split("/", -1);
            if (given.length != parts.size()) {
                return Option.none();
            }
            Map<String, String> segments = LinkedHashMap.empty();
            for (int i = 0; i < given.length; i++) {
                String part = parts.get(i);
                if (part.startsWith("{")) {
                    String variable = part.substring(1, part.length() - 1);
                    boolean valid = textSegments.contains(variable) ? TEXT.matcher(given[i]).matches() : TextForms.isCanonicalUuid(given[i]);
                    if (!valid) {
                        return Option.none();
                    }
                    segments = segments.put(variable, given[i]);
                } else if (!part.equals(given[i])) {
                    return Option.none();
                }
            }
            OfficeId office = new OfficeId(UUID.fromString(segments.get("office").get()));
            return Option.some(new ResourceName(name, office, segments));
        }

        /** This pattern with its variables replaced, in order, by {@code ids}' text. */
        public String format(Object... ids) {
            // Room for the pattern's words and a UUID per id, so a name is built without regrowing.
            StringBuilder name = new StringBuilder(pattern.length() + 36 * ids.length);
            int next = 0;
            for (String part : parts) {
                if (name.length() > 0) {
                    name.append('/');
                }
                if (part.startsWith("{")) {
                    if (next >= ids.length) {
                        throw new IllegalArgumentException("too few ids for " + pattern);
                    }
                    name.append(ids[next++]);
                } else {
                    name.append(part);
                }
            }
            if (next != ids.length) {
                throw new IllegalArgumentException("too many ids for " + pattern);
            }
            return name.toString();
        }

        private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");
    }
}
