package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class RetentionProperties {

    private final RetentionPolicy retention = RetentionPolicy.defaults();

    @Property(tries = 300)
    @Label("R-CF-7: a departed staff member's file is destroyed if and only if the retention (2 years, key positions 3) has run out")
    void destroyedOnlyAfterRetention(
            @ForAll @LongRange(min = 0, max = 3_000) long departedDays,
            @ForAll @LongRange(min = 0, max = 1_500) long daysLater,
            @ForAll boolean keyPosition) {
        Instant left = TUESDAY_10AM.plus(Duration.ofDays(departedDays));
        Instant at = left.plus(Duration.ofDays(daysLater));
        var file = accepted(personnelFileOf(assistant()).recordSubjectDeparture(new SubjectDeparture(left, keyPosition))).state();
        var approval = Option.some(Approval.givenBy(officeManager(), file.id(), Approval.Purpose.DESTRUCTION, at));

        var result = file.destroy(approval, Disposal.SHREDDED, at, retention, SHANGHAI);

        Instant until = file.retainedUntil(retention, SHANGHAI).get();
        assertThat(result.isRight()).isEqualTo(!at.isBefore(until));
        assertThat(until).isAfterOrEqualTo(left.plus(Duration.ofDays(keyPosition ? 365 * 3 : 365 * 2)));
        assertThat(until).isBeforeOrEqualTo(left.plus(Duration.ofDays(keyPosition ? 365 * 3 + 1 : 365 * 2 + 1)));
    }

    @Property(tries = 200)
    @Label("R-CF-7: retention ends no earlier for a later departure, and a key position's file is kept at least as long")
    void retentionIsMonotonic(
            @ForAll @LongRange(min = 0, max = 3_000) long first, @ForAll @LongRange(min = 0, max = 3_000) long second) {
        Instant a = TUESDAY_10AM.plus(Duration.ofDays(Math.min(first, second)));
        Instant b = TUESDAY_10AM.plus(Duration.ofDays(Math.max(first, second)));
        assertThat(retention.retainedUntil(a, false, SHANGHAI)).isBeforeOrEqualTo(retention.retainedUntil(b, false, SHANGHAI));
        assertThat(retention.retainedUntil(a, true, SHANGHAI)).isAfter(retention.retainedUntil(a, false, SHANGHAI));
    }
}
