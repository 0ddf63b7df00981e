package org.propertydesk.domain.confidentiality;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The limits of loans and task custody (R-CF-4, R-CF-5): a classified document is back by the end
 * of the day it was lent (midnight on the office's calendar); an archive original is lent for at
 * most 7 days short-term or 15 days long-term; an original used for a task is back within 24 h of
 * the task being done.
 */
@ValueObject
public record LoanPolicy(Duration shortTerm, Duration longTerm, Duration returnAfterTask) {

    public LoanPolicy {
        Objects.requireNonNull(shortTerm, "shortTerm");
        Objects.requireNonNull(longTerm, "longTerm");
        Objects.requireNonNull(returnAfterTask, "returnAfterTask");
    }

    public static LoanPolicy defaults() {
        return new LoanPolicy(Duration.ofDays(7), Duration.ofDays(15), Duration.ofHours(24));
    }

    /** When a loan on {@code term} that starts (or is renewed) at {@code from} is due back. */
    public Instant due(LoanTerm term, Instant from, ZoneId zone) {
        switch (term) {
            case SAME_DAY:
                return from.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case SHORT_TERM:
                return from.plus(shortTerm);
            case LONG_TERM:
                return from.plus(longTerm);
            default:
                throw new IllegalArgumentException("unknown term " + term);
        }
    }
}
