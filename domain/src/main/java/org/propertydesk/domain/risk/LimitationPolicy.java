package org.propertydesk.domain.risk;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How long arrears can be sued for (有效诉讼期) and how early the desk is warned (R-RN-3).
 *
 * @param period counted from the due date; the manual's two years by default (the old General
 *     Principles of Civil Law), three under the Civil Code (art. 188)
 * @param serviceRestarts whether a proven demand served within the period restarts it from the day
 *     of service (Civil Code art. 195); a demand served after the period ended restarts nothing
 * @param warningWindow arrears whose limitation ends within this window from today are "demands due"
 */
@ValueObject
public record LimitationPolicy(Period period, boolean serviceRestarts, Period warningWindow) {

    public LimitationPolicy {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(warningWindow, "warningWindow");
        if (period.isNegative() || period.isZero() || warningWindow.isNegative()) {
            throw new IllegalArgumentException("a limitation period is positive and a warning window not negative");
        }
    }

    /** The manual's stricter two years, restarting on proven service, warned three months ahead. */
    public static LimitationPolicy defaults() {
        return new LimitationPolicy(Period.ofYears(2), true, Period.ofMonths(3));
    }

    /** The PRC Civil Code in force since 2021: three years, restarting on proven service. */
    public static LimitationPolicy civilCode() {
        return new LimitationPolicy(Period.ofYears(3), true, Period.ofMonths(3));
    }

    public LimitationPolicy withWarningWindow(Period window) {
        return new LimitationPolicy(period, serviceRestarts, window);
    }

    /**
     * 催缴到期: every unsettled arrears whose limitation ends between {@code today} and the end of the
     * warning window (both inclusive) and that no served demand has secured, in the order given.
     */
    public Seq<Arrears> demandsDue(Seq<Arrears> arrears, LocalDate today) {
        return arrears.filter(one -> one.demandDue(this, today));
    }
}
