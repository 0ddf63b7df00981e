package org.propertydesk.domain.risk;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The office's notice lead times and evidence retention; an integrator may change any number.
 *
 * @param plannedOutageLead how long before a planned cut it is posted and written (R-RN-7: 提前张贴;
 *     the manual names no figure, the default is 24 h)
 * @param advanceNoticeLead how long before a matter touching others' rights its parties are told
 *     (R-RN-4: 事前提醒; default zero, i.e. any time before it starts)
 * @param evidenceRetention how long a closed notice's proof is kept (R-RN-9: while the matter can be
 *     litigated; default three years, the Civil Code's limitation period, the longer of the two)
 */
@ValueObject
public record RiskPolicy(Duration plannedOutageLead, Duration advanceNoticeLead, Period evidenceRetention) {

    public RiskPolicy {
        Objects.requireNonNull(plannedOutageLead, "plannedOutageLead");
        Objects.requireNonNull(advanceNoticeLead, "advanceNoticeLead");
        Objects.requireNonNull(evidenceRetention, "evidenceRetention");
        if (plannedOutageLead.isNegative() || advanceNoticeLead.isNegative() || evidenceRetention.isNegative()) {
            throw new IllegalArgumentException("lead times and retention are not negative");
        }
    }

    public static RiskPolicy defaults() {
        return new RiskPolicy(Duration.ofHours(24), Duration.ZERO, Period.ofYears(3));
    }
}
