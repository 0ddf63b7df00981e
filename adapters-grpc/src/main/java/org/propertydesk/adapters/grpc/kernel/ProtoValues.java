package org.propertydesk.adapters.grpc.kernel;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Plain values as the protos carry them: instants, durations and times of day. */
public final class ProtoValues {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private ProtoValues() {}

    public static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /** A duration with seconds and nanos of the same sign, as {@code google.protobuf.Duration} requires. */
    public static Duration duration(java.time.Duration duration) {
        long seconds = duration.getSeconds();
        int nanos = duration.getNano();
        if (seconds < 0 && nanos > 0) {
            seconds += 1;
            nanos -= 1_000_000_000;
        }
        return Duration.newBuilder().setSeconds(seconds).setNanos(nanos).build();
    }

    /** {@code "HH:MM"}; where {@code endOfDay}, midnight is {@code "24:00"}. */
    public static String timeOfDay(LocalTime time, boolean endOfDay) {
        return endOfDay && time.equals(LocalTime.MIDNIGHT) ? "24:00" : HOURS_MINUTES.format(time);
    }
}
