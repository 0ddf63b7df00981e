package org.propertydesk.adapters.grpc.kernel;

import com.google.protobuf.Timestamp;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.propertydesk.application.kernel.RequestId;

/**
 * Checks a request's fields and collects <em>every</em> malformed one, so a client learns all its
 * mistakes from one INVALID_ARGUMENT (AIP-193 {@code BadRequest}). Each method returns the parsed
 * value, or {@code null} / a neutral value when the field is malformed; {@link #orThrow()} then
 * refuses the request before any of those values is used.
 *
 * <pre>{@code
 * RequestCheck check = new RequestCheck();
 * ResourceName name = check.name("name", request.getName(), COMPLAINT);
 * String reason = check.text("reason", request.getReason(), 500);
 * Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
 * check.orThrow();
 * }</pre>
 */
public final class RequestCheck {

    /** Page size used when a list request leaves {@code page_size} at 0 (AIP-158). */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** Larger page sizes are coerced down to this (AIP-158). */
    public static final int MAX_PAGE_SIZE = 1000;

    // Timestamp's valid range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    private static final long MIN_SECONDS = -62_135_596_800L;
    private static final long MAX_SECONDS = 253_402_300_799L;

    private final List<InvalidField> invalid = new ArrayList<>();

    /** Records a malformed field directly. */
    public RequestCheck invalid(String field, String description) {
        invalid.add(new InvalidField(field, description));
        return this;
    }

    /** Records {@code description} against {@code field} unless {@code condition} holds. */
    public boolean require(boolean condition, String field, String description) {
        if (!condition) {
            invalid(field, description);
        }
        return condition;
    }

    /** A resource name of {@code pattern}'s shape. */
    public ResourceName name(String field, String value, ResourceName.Pattern pattern) {
        Option<ResourceName> parsed = pattern.parse(value);
        if (parsed.isEmpty()) {
            invalid(field, value == null || value.isEmpty()
                    ? "is required: a resource name of the form " + pattern
                    : "must be a resource name of the form " + pattern + " (ids are lower-case UUIDs)");
            return null;
        }
        return parsed.get();
    }

    /**
     * A required text of at most {@code maxLength} characters (UTF-16 units, see {@link #tooLong}), not
     * blank, without control characters.
     */
    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            invalid(field, "is required and must not be blank");
            return null;
        }
        return checkedText(field, value, maxLength);
    }

    /**
     * A text a domain rule requires: passed on as sent when empty or blank, so the rule refuses it
     * with its id; otherwise at most {@code maxLength} characters without control characters.
     */
    public String textTheRuleRequires(String field, String value, int maxLength) {
        return value.isBlank() ? value : optionalText(field, value, maxLength).getOrNull();
    }

    /** An optional text: empty when the field is empty, else as {@link #text}. */
    public Option<String> optionalText(String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return Option.none();
        }
        if (value.isBlank()) {
            invalid(field, "must not be blank when given");
            return Option.none();
        }
        return Option.of(checkedText(field, value, maxLength));
    }

    private String checkedText(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            invalid(field, tooLong(value, maxLength));
            return null;
        }
        if (TextForms.hasControlCharacter(value)) {
            invalid(field, "must not contain control characters");
            return null;
        }
        return value;
    }

    /**
     * Why a text is too long. Lengths are counted in UTF-16 units, as H2 measures its columns (the
     * reference server's database): a character outside the Basic Multilingual Plane — an emoji, a
     * rare CJK character such as 𠮷 — counts as two. PostgreSQL and MariaDB count such a character
     * once, so a text within this limit fits every supported database.
     */
    static String tooLong(String value, int maxLength) {
        int characters = value.codePointCount(0, value.length());
        return "must be at most " + maxLength + " characters, not " + value.length()
                + (characters == value.length() ? "" : " (a character outside the Basic Multilingual Plane, such as an emoji or 𠮷, counts as two)");
    }

    /** A required UUID (in its canonical lower-case text form) as a typed id. */
    public <I> I uuid(String field, String value, Function<UUID, I> type) {
        if (value == null || !value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            invalid(field, value == null || value.isEmpty() ? "is required: a lower-case UUID" : "must be a lower-case UUID");
            return null;
        }
        return type.apply(UUID.fromString(value));
    }

    /** A required instant within the Timestamp's valid range (years 1–9999). */
    public Instant instant(String field, boolean present, Timestamp value) {
        if (!present) {
            invalid(field, "is required");
            return null;
        }
        if (value.getSeconds() < MIN_SECONDS || value.getSeconds() > MAX_SECONDS
                || value.getNanos() < 0 || value.getNanos() > 999_999_999) {
            invalid(field, "must be a timestamp between 0001-01-01 and 9999-12-31 with nanos in 0..999999999");
            return null;
        }
        return Instant.ofEpochSecond(value.getSeconds(), value.getNanos());
    }

    /** An optional instant: empty when absent, else as {@link #instant}. */
    public Option<Instant> optionalInstant(String field, boolean present, Timestamp value) {
        return present ? Option.of(instant(field, true, value)) : Option.none();
    }

    /** A required calendar date in ISO form, {@code 2026-10-01}. */
    public LocalDate date(String field, String value) {
        if (value == null || value.isEmpty()) {
            invalid(field, "is required: a date such as 2026-10-01");
            return null;
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-mm-dd", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            invalid(field, "must be a date such as 2026-10-01");
            return null;
        }
    }

    /**
     * A required choice from a proto enum: {@code mapping} gives the domain value, or empty for the
     * {@code *_UNSPECIFIED} value and for numbers this server does not know.
     */
    public <P, D> D choice(String field, P value, Function<P, Option<D>> mapping) {
        Option<D> mapped = value == null ? Option.none() : mapping.apply(value);
        if (mapped.isEmpty()) {
            invalid(field, "is required: one of the values the API defines (not *_UNSPECIFIED)");
            return null;
        }
        return mapped.get();
    }

    /**
     * The request id of a mutating call (AIP-155): empty when the caller sent none (the call is
     * then not deduplicated), else 1–64 letters, digits, '-', '_' or '.' (a UUID is usual).
     */
    public Option<RequestId> requestId(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Option.none();
        }
        Option<RequestId> parsed = RequestId.parse(value);
        if (parsed.isEmpty()) {
            invalid(field, "must be 1 to 64 letters, digits, '-', '_' or '.' (a UUID is usual)");
        }
        return parsed;
    }

    /** The etag a mutating call was made against (AIP-154): empty when none was sent. */
    public Option<Long> etag(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Option.none();
        }
        Option<Long> version = Etags.parse(value);
        if (version.isEmpty()) {
            invalid(field, "must be an etag this API returned, e.g. \"v3\"");
        }
        return version;
    }

    /**
     * The page a list call asks for (AIP-158). {@code listing} identifies the collection and its
     * filter (e.g. the parent's name and the filter fields), so a token is accepted only for the
     * listing that issued it.
     */
    public PageRequest page(int pageSize, String pageToken, String listing) {
        int size = pageSize;
        if (pageSize < 0) {
            invalid("page_size", "must not be negative");
            size = DEFAULT_PAGE_SIZE;
        } else if (pageSize == 0) {
            size = DEFAULT_PAGE_SIZE;
        } else if (pageSize > MAX_PAGE_SIZE) {
            size = MAX_PAGE_SIZE;
        }
        int offset = 0;
        if (pageToken != null && !pageToken.isEmpty()) {
            Option<Integer> decoded = PageRequest.decode(pageToken, listing);
            if (decoded.isEmpty()) {
                invalid("page_token", "must be a next_page_token returned by the same list call with the same parent and filters");
            } else {
                offset = decoded.get();
            }
        }
        return new PageRequest(size, offset, listing);
    }

    /** Whether any field was found malformed so far. */
    public boolean hasViolations() {
        return !invalid.isEmpty();
    }

    /** Refuses the request with INVALID_ARGUMENT naming every malformed field, if there is one. */
    public void orThrow() {
        if (!invalid.isEmpty()) {
            throw GrpcErrors.invalidArgument(invalid);
        }
    }

    @Override
    public String toString() {
        return "RequestCheck" + Objects.toString(invalid);
    }
}
