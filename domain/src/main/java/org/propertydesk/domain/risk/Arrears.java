package org.propertydesk.domain.risk;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;

/**
 * One overdue fee of an owner or occupant, as the vendor's fee ledger reports it, with the payment
 * demands proven served on it. Guards R-RN-3: when its limitation ends is derived from the due date
 * and the proven services, never stored, and it is reported as a demand due before that day.
 *
 * @param fee the fee's reference in the vendor's ledger
 * @param debtor the unit whose owner or occupant owes it, e.g. "3-1201"
 */
@AggregateRoot
public record Arrears(
        @Identity ArrearsId id,
        OfficeId office,
        long version,
        String fee,
        String debtor,
        LocalDate dueOn,
        Seq<ServedDemand> servedDemands,
        Option<LocalDate> settledOn) {

    /** A demand notice whose service on the debtor is proven. */
    public record ServedDemand(NoticeId notice, LocalDate servedOn) {
        public ServedDemand {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(servedOn, "servedOn");
        }
    }

    public Arrears {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(servedDemands, "servedDemands");
        Objects.requireNonNull(settledOn, "settledOn");
    }

    public static RiskOutcome<Arrears> record(
            ArrearsId id, OfficeId office, String fee, String debtor, LocalDate dueOn, Instant at) {
        return RiskOutcome.of(
                new Arrears(id, office, 0, fee, debtor, dueOn, List.empty(), Option.none()),
                new RiskEvent.ArrearsRecorded(office, id, dueOn, at));
    }

    /**
     * The last day a claim can be brought: the due date plus the period, moved to service date plus
     * the period by each proven demand served on or before the then-current end, when the policy
     * restarts on service (Civil Code art. 195). Never earlier for another proven service.
     */
    public LocalDate limitationEnds(LimitationPolicy policy) {
        LocalDate end = dueOn.plus(policy.period());
        if (!policy.serviceRestarts()) {
            return end;
        }
        for (LocalDate served : servedDemands.map(ServedDemand::servedOn).sorted()) {
            if (!served.isAfter(end)) {
                LocalDate restarted = served.plus(policy.period());
                end = restarted.isAfter(end) ? restarted : end;
            }
        }
        return end;
    }

    /** Under a policy without restart, a demand served within the period secures the claim. */
    public boolean securedByDemand(LimitationPolicy policy) {
        LocalDate end = limitationEnds(policy);
        return !policy.serviceRestarts() && servedDemands.exists(demand -> !demand.servedOn().isAfter(end));
    }

    public boolean settled() {
        return settledOn.isDefined();
    }

    /** Whether a demand must be served now: unsettled, unsecured, the limitation ending in the window. */
    public boolean demandDue(LimitationPolicy policy, LocalDate today) {
        LocalDate end = limitationEnds(policy);
        return !settled()
                && !securedByDemand(policy)
                && !end.isBefore(today)
                && !end.isAfter(today.plus(policy.warningWindow()));
    }

    /** The limitation has run out without the claim being secured. */
    public boolean lapsed(LimitationPolicy policy, LocalDate today) {
        return !settled() && !securedByDemand(policy) && limitationEnds(policy).isBefore(today);
    }

    /** Records a demand proven served on {@code servedOn} (a delivery receipt, R-RN-9). */
    public Either<Rejections<RiskRejection>, RiskOutcome<Arrears>> recordServedDemand(
            NoticeId notice, LocalDate servedOn, LimitationPolicy policy, Instant at) {
        List<RiskRejection> reasons = List.empty();
        if (settled()) {
            reasons = reasons.append(new RiskRejection.ArrearsSettled(id));
        }
        if (servedOn.isBefore(dueOn)) {
            reasons = reasons.append(new RiskRejection.DemandBeforeDue(id, dueOn, servedOn));
        }
        if (servedDemands.exists(demand -> demand.notice().equals(notice))) {
            reasons = reasons.append(new RiskRejection.DemandAlreadyRecorded(id, notice));
        }
        return Rejections.unless(reasons, () -> {
            Arrears next = new Arrears(id, office, version + 1, fee, debtor, dueOn,
                    servedDemands.append(new ServedDemand(notice, servedOn)), settledOn);
            return RiskOutcome.of(next,
                    new RiskEvent.DemandServed(office, id, notice, servedOn, next.limitationEnds(policy), at));
        });
    }

    public Either<Rejections<RiskRejection>, RiskOutcome<Arrears>> settle(LocalDate on, Instant at) {
        List<RiskRejection> reasons = settled() ? List.of(new RiskRejection.ArrearsSettled(id)) : List.empty();
        return Rejections.unless(reasons, () -> RiskOutcome.of(
                new Arrears(id, office, version + 1, fee, debtor, dueOn, servedDemands, Option.some(on)),
                new RiskEvent.ArrearsPaid(office, id, on, at)));
    }
}
