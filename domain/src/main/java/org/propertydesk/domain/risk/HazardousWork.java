package org.propertydesk.domain.risk;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StateMachine;

/**
 * A work order for safety-relevant work (work at height, live electrics, hot work, open manholes).
 * Guards R-RN-5: the work cannot start until a warning sign for it is registered — an issued
 * safety-warning notice for this very order.
 */
@AggregateRoot
public record HazardousWork(
        @Identity WorkOrderId id,
        OfficeId office,
        long version,
        String place,
        String hazard,
        State state,
        Option<NoticeId> warning) {

    public enum State {
        PLANNED,
        STARTED,
        FINISHED
    }

    public static final StateMachine<State> LIFECYCLE = StateMachine.named("hazardous work", State.class, State.PLANNED)
            .on(State.PLANNED, "register-warning", State.PLANNED)
            .on(State.PLANNED, "start", State.STARTED)
            .on(State.STARTED, "finish", State.FINISHED)
            .build();

    public HazardousWork {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(warning, "warning");
    }

    public static RiskOutcome<HazardousWork> plan(WorkOrderId id, OfficeId office, String place, String hazard, Instant at) {
        return RiskOutcome.of(
                new HazardousWork(id, office, 0, place, hazard, State.PLANNED, Option.none()),
                new RiskEvent.HazardousWorkPlanned(office, id, at));
    }

    /**
     * Registers the sign. {@code sign} is the warning notice as the caller found it: it must be an
     * issued (or served) safety warning for this order.
     */
    public Either<Rejections<RiskRejection>, RiskOutcome<HazardousWork>> registerWarning(Notice sign, Instant at) {
        List<RiskRejection> reasons = notAllowed("register-warning");
        boolean forThisOrder = sign.particulars() instanceof Particulars.SafetyWarning warning
                && warning.workOrder().equals(id)
                && sign.office().equals(office)
                && (sign.state() == NoticeState.ISSUED || sign.state() == NoticeState.SERVED);
        if (!forThisOrder) {
            reasons = reasons.append(new RiskRejection.NotAWarningFor(id, sign.id()));
        }
        return Rejections.unless(reasons, () -> RiskOutcome.of(
                new HazardousWork(id, office, version + 1, place, hazard, state, Option.some(sign.id())),
                new RiskEvent.WarningRegistered(office, id, sign.id(), at)));
    }

    public Either<Rejections<RiskRejection>, RiskOutcome<HazardousWork>> start(Instant at) {
        List<RiskRejection> reasons = notAllowed("start");
        if (warning.isEmpty()) {
            reasons = reasons.append(new RiskRejection.WarningNotRegistered(id));
        }
        return Rejections.unless(reasons, () -> RiskOutcome.of(
                moveTo(State.STARTED), new RiskEvent.HazardousWorkStarted(office, id, at)));
    }

    public Either<Rejections<RiskRejection>, RiskOutcome<HazardousWork>> finish(Instant at) {
        return Rejections.unless(notAllowed("finish"), () -> RiskOutcome.of(
                moveTo(State.FINISHED), new RiskEvent.HazardousWorkFinished(office, id, at)));
    }

    private List<RiskRejection> notAllowed(String action) {
        return LIFECYCLE.allows(state, action)
                ? List.empty()
                : List.of(new RiskRejection.WorkNotAllowedInState(id, state, action));
    }

    private HazardousWork moveTo(State next) {
        return new HazardousWork(id, office, version + 1, place, hazard, next, warning);
    }
}
