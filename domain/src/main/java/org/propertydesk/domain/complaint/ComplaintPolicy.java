package org.propertydesk.domain.complaint;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.time.Duration;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An office's complaint policy (R-CO-4, R-CO-5, R-CO-8), with the manuals' numbers as defaults and
 * every number replaceable by an integrator. Hours run on the wall clock, working days on the
 * office's calendar (K-3). A clock pauses only for the targets listed in
 * {@code pausedWhileWaitingForResident}, and only while the desk records that it waits for the
 * resident; nothing pauses at night, at weekends or on holidays unless the deadline itself counts
 * working time.
 *
 * @param answer                       how long to handle or answer any complaint
 * @param urgentOnSite                 a repairer on site for an urgent repair (water, power)
 * @param urgentFixed                  an urgent repair fixed
 * @param ordinaryOnSite               a repairer on site for any other repair
 * @param ordinaryDone                 any other repair done (appointments excepted)
 * @param returnVisitAfterRepair       the return visit after a completed repair
 * @param pausedWhileWaitingForResident the targets whose clock stops while the desk waits for the resident
 * @param dueSoonWithin                the warning window of each target
 * @param repeatWindow                 the same complainant raising the same matter within it escalates (R-CO-5)
 * @param recurrenceCount              how many complaints about one matter make a recurring problem (R-CO-8)
 * @param recurrenceWindow             the window they must fall in (R-CO-8)
 */
@ValueObject
public record ComplaintPolicy(
        AnswerWithin answer,
        Duration urgentOnSite,
        Duration urgentFixed,
        Duration ordinaryOnSite,
        Duration ordinaryDone,
        Duration returnVisitAfterRepair,
        Set<Target> pausedWhileWaitingForResident,
        Map<Target, Duration> dueSoonWithin,
        Duration repeatWindow,
        int recurrenceCount,
        Duration recurrenceWindow) {

    public ComplaintPolicy {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(urgentOnSite, "urgentOnSite");
        Objects.requireNonNull(urgentFixed, "urgentFixed");
        Objects.requireNonNull(ordinaryOnSite, "ordinaryOnSite");
        Objects.requireNonNull(ordinaryDone, "ordinaryDone");
        Objects.requireNonNull(returnVisitAfterRepair, "returnVisitAfterRepair");
        Objects.requireNonNull(pausedWhileWaitingForResident, "pausedWhileWaitingForResident");
        Objects.requireNonNull(dueSoonWithin, "dueSoonWithin");
        Objects.requireNonNull(repeatWindow, "repeatWindow");
        Objects.requireNonNull(recurrenceWindow, "recurrenceWindow");
        if (recurrenceCount < 2) {
            throw new IllegalArgumentException("a problem recurs from its second occurrence: " + recurrenceCount);
        }
    }

    /** Immutable, so one instance serves every office that keeps the defaults. */
    private static final ComplaintPolicy DEFAULTS = new ComplaintPolicy(
            new AnswerWithin.Hours(Duration.ofHours(24)),
            Duration.ofMinutes(15),
            Duration.ofHours(6),
            Duration.ofMinutes(30),
            Duration.ofDays(1),
            Duration.ofHours(48),
            HashSet.of(Target.REPAIR_ON_SITE, Target.REPAIR_FIXED),
            HashMap.of(
                    Target.ANSWER, Duration.ofHours(4),
                    Target.REPAIR_ON_SITE, Duration.ofMinutes(5),
                    Target.REPAIR_FIXED, Duration.ofHours(1),
                    Target.RETURN_VISIT, Duration.ofHours(8)),
            Duration.ofDays(30),
            3,
            Duration.ofDays(30));

    /**
     * The service centre's rules (002, 接待来信来访来电投诉制度 第6条): every complaint handled or
     * answered within 24 h; repairs per the service plan (003, 1.2.4 and 服务基本要求 5): urgent on
     * site in 15 min and fixed in 6 h, others on site in 30 min and done in 1 day, a return visit
     * within 48 h. Repair clocks pause while the desk waits for the resident (appointments are the
     * resident's to keep); the answer clock never pauses. A repeat within 30 days escalates; three
     * complaints about one matter within 30 days are a recurring problem.
     */
    public static ComplaintPolicy defaults() {
        return DEFAULTS;
    }

    /** The service-plan preset (003, 服务基本要求 5): complaints replied to within 4 working days. */
    public static ComplaintPolicy servicePlan() {
        return defaults().withAnswer(new AnswerWithin.WorkingDays(4));
    }

    public ComplaintPolicy withAnswer(AnswerWithin within) {
        return new ComplaintPolicy(within, urgentOnSite, urgentFixed, ordinaryOnSite, ordinaryDone, returnVisitAfterRepair,
                pausedWhileWaitingForResident, dueSoonWithin, repeatWindow, recurrenceCount, recurrenceWindow);
    }

    public ComplaintPolicy withPausedWhileWaitingForResident(Set<Target> targets) {
        return new ComplaintPolicy(answer, urgentOnSite, urgentFixed, ordinaryOnSite, ordinaryDone, returnVisitAfterRepair,
                targets, dueSoonWithin, repeatWindow, recurrenceCount, recurrenceWindow);
    }

    public ComplaintPolicy withRecurrence(int count, Duration window) {
        return new ComplaintPolicy(answer, urgentOnSite, urgentFixed, ordinaryOnSite, ordinaryDone, returnVisitAfterRepair,
                pausedWhileWaitingForResident, dueSoonWithin, repeatWindow, count, window);
    }

    public Duration dueSoonWithin(Target target) {
        return dueSoonWithin.get(target).getOrElse(Duration.ZERO);
    }
}
