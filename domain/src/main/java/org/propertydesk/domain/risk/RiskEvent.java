package org.propertydesk.domain.risk;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.domain.kernel.OfficeId;

/** What happened on the risk desk; every event names its office and the instant it happened. */
public sealed interface RiskEvent extends DomainEvent {

    OfficeId office();

    Instant at();

    record NoticeIssued(OfficeId office, NoticeId notice, NoticeKind kind, RiskKind riskKind, Instant at) implements RiskEvent {}

    /** Every addressee's service is proven; {@code arrears} is set for a payment demand. */
    record NoticeServed(OfficeId office, NoticeId notice, NoticeKind kind, Option<ArrearsId> arrears, Instant servedAt, Instant at)
            implements RiskEvent {}

    record EvidenceAdded(OfficeId office, NoticeId notice, Evidence evidence, Instant at) implements RiskEvent {}

    record NoticeClosed(OfficeId office, NoticeId notice, Instant at) implements RiskEvent {}

    record NoticeWithdrawn(OfficeId office, NoticeId notice, Instant at) implements RiskEvent {}

    record EvidenceDisposed(OfficeId office, NoticeId notice, Instant at) implements RiskEvent {}

    record ArrearsRecorded(OfficeId office, ArrearsId arrears, LocalDate dueOn, Instant at) implements RiskEvent {}

    /** A proven demand; under a restarting policy the limitation now runs from {@code servedOn}. */
    record DemandServed(OfficeId office, ArrearsId arrears, NoticeId notice, LocalDate servedOn, LocalDate limitationEnds, Instant at)
            implements RiskEvent {}

    record ArrearsPaid(OfficeId office, ArrearsId arrears, LocalDate settledOn, Instant at) implements RiskEvent {}

    record HazardousWorkPlanned(OfficeId office, WorkOrderId workOrder, Instant at) implements RiskEvent {}

    record WarningRegistered(OfficeId office, WorkOrderId workOrder, NoticeId warning, Instant at) implements RiskEvent {}

    record HazardousWorkStarted(OfficeId office, WorkOrderId workOrder, Instant at) implements RiskEvent {}

    record HazardousWorkFinished(OfficeId office, WorkOrderId workOrder, Instant at) implements RiskEvent {}

    record IncidentRecorded(OfficeId office, IncidentId incident, RiskKind riskKind, Instant at) implements RiskEvent {}
}
