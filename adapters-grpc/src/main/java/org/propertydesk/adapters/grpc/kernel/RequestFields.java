package org.propertydesk.adapters.grpc.kernel;

import com.google.protobuf.Timestamp;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The fields of one request beyond what {@link RequestCheck} parses on its own: resource names it
 * remembers, so that once the request is well-formed {@link #caller()} holds every one of them to
 * the caller's office (K-1); dates and instants within the range every store keeps (1900–9999);
 * times of day ({@code "08:00"}, {@code "24:00"} for the end of the day); and free texts that a
 * domain rule, not the transport, judges when blank.
 */
public final class RequestFields {

    /** An office: {@code offices/{office}}. */
    public static final ResourceName.Pattern OFFICE = ResourceName.Pattern.of("offices/{office}");

    /** A staff member: {@code offices/{office}/staff/{staff}}. */
    public static final ResourceName.Pattern STAFF = ResourceName.Pattern.of("offices/{office}/staff/{staff}");

    /** The first date a request may name. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    /** The last date a request may name (a day short of 9999's end, so the day after still exists). */
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 30);

    private static final Instant FIRST_INSTANT = FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST_INSTANT = LAST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final RequestCheck check;
    private final List<ResourceName> names = new ArrayList<>();

    public RequestFields(RequestCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    /** A required resource name of {@code pattern}'s shape, remembered for {@link #caller()}. */
    public ResourceName name(String field, String value, ResourceName.Pattern pattern) {
        ResourceName name = check.name(field, value, pattern);
        if (name != null) {
            names.add(name);
        }
        return name;
    }

    /** An optional resource name: empty when the field is empty, else as {@link #name}. */
    public Option<ResourceName> optionalName(String field, String value, ResourceName.Pattern pattern) {
        return value == null || value.isEmpty() ? Option.none() : Option.of(name(field, value, pattern));
    }

    /** A required ISO date between {@link #FIRST_DATE} and {@link #LAST_DATE}. */
    public LocalDate date(String field, String value) {
        LocalDate date = check.date(field, value);
        if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            check.invalid(field, "must be a date between " + FIRST_DATE + " and " + LAST_DATE);
            return null;
        }
        return date;
    }

    /** An optional date: empty when the field is empty, else as {@link #date}. */
    public Option<LocalDate> optionalDate(String field, String value) {
        return value == null || value.isEmpty() ? Option.none() : Option.of(date(field, value));
    }

    /** A required instant between 1900 and 9999. */
    public Instant instant(String field, boolean present, Timestamp value) {
        Instant instant = check.instant(field, present, value);
        if (instant != null && (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT))) {
            check.invalid(field, "must be a time between " + FIRST_INSTANT + " and " + LAST_INSTANT);
            return null;
        }
        return instant;
    }

    /** An optional instant: empty when absent, else as {@link #instant}. */
    public Option<Instant> optionalInstant(String field, boolean present, Timestamp value) {
        return present ? Option.of(instant(field, true, value)) : Option.none();
    }

    /**
     * A required time of day, {@code "HH:MM"}; where {@code endOfDay} is allowed, {@code "24:00"}
     * stands for the end of the day and reads as {@link LocalTime#MIDNIGHT}.
     */
    public LocalTime timeOfDay(String field, String value, boolean endOfDay) {
        if (value == null || value.isEmpty()) {
            check.invalid(field, "is required: a time of day such as 08:00");
            return null;
        }
        if (endOfDay && value.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        if (!TIME_OF_DAY.matcher(value).matches()) {
            check.invalid(field, endOfDay ? "must be a time of day from 00:00 to 24:00, such as 08:00" : "must be a time of day from 00:00 to 23:59, such as 08:00");
            return null;
        }
        return LocalTime.parse(value);
    }

    /**
     * A text a domain rule judges (so it may be empty or blank here) of at most {@code maxLength}
     * characters (UTF-16 units, as H2 counts them: an emoji counts as two), without control characters other than newline and tab.
     */
    public String anyText(String field, String value, int maxLength) {
        String text = value == null ? "" : value;
        if (text.length() > maxLength) {
            check.invalid(field, RequestCheck.tooLong(text, maxLength));
            return null;
        }
        if (TextForms.hasControlCharacter(text)) {
            check.invalid(field, "must not contain control characters");
            return null;
        }
        return text;
    }

    /**
     * After {@link RequestCheck#orThrow()}: the caller, once every resource name of the request is
     * in the caller's office; PERMISSION_DENIED otherwise (K-1).
     */
    public Caller caller() {
        check.orThrow();
        Caller caller = Caller.current();
        names.forEach(name -> caller.requireOffice(name.office()));
        return caller;
    }
}
