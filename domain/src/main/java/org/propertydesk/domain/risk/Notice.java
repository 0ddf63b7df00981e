package org.propertydesk.domain.risk;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StateMachine;

/**
 * A notice the office gives to guard against notification risk (告知风险, R-RN-1): a rectification
 * notice, a payment demand, an advance notice, a warning sign, a force-majeure or outage notice.
 * Guards what its kind's rule requires before it is issued (stub kept, lawful channel, posting,
 * letters to shops and key units, lead time; R-RN-2..R-RN-7), that service is proven for every
 * addressee before it counts as served, and that its evidence is only ever added to and is kept
 * until the matter can no longer be litigated (R-RN-9). Every move is checked against
 * {@link #LIFECYCLE}; each one returns the notice at the next version.
 */
@AggregateRoot
public record Notice(
        @Identity NoticeId id,
        OfficeId office,
        long version,
        StaffId issuedBy,
        Particulars particulars,
        Seq<Addressee> addressees,
        NoticeState state,
        Instant draftedAt,
        Option<Instant> issuedAt,
        Option<Instant> servedAt,
        Option<Instant> endedAt,
        Seq<Evidence> evidence) {

    public static final String ISSUE = "issue";
    public static final String SERVE = "record-service";
    public static final String ADD_EVIDENCE = "add-evidence";
    public static final String CLOSE = "close";
    public static final String WITHDRAW = "withdraw";
    public static final String DISPOSE = "dispose-evidence";

    /** The notice lifecycle, declared once. */
    public static final StateMachine<NoticeState> LIFECYCLE = StateMachine.named("notice", NoticeState.class, NoticeState.DRAFTED)
            .on(NoticeState.DRAFTED, ISSUE, NoticeState.ISSUED)
            .on(NoticeState.DRAFTED, WITHDRAW, NoticeState.WITHDRAWN)
            .on(NoticeState.ISSUED, ADD_EVIDENCE, NoticeState.ISSUED)
            .on(NoticeState.ISSUED, SERVE, NoticeState.SERVED)
            .on(NoticeState.ISSUED, WITHDRAW, NoticeState.WITHDRAWN)
            .on(NoticeState.SERVED, ADD_EVIDENCE, NoticeState.SERVED)
            .on(NoticeState.SERVED, CLOSE, NoticeState.CLOSED)
            .on(NoticeState.CLOSED, ADD_EVIDENCE, NoticeState.CLOSED)
            .on(NoticeState.CLOSED, DISPOSE, NoticeState.DISPOSED)
            .on(NoticeState.WITHDRAWN, ADD_EVIDENCE, NoticeState.WITHDRAWN)
            .on(NoticeState.WITHDRAWN, DISPOSE, NoticeState.DISPOSED)
            .build();

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(particulars, "particulars");
        Objects.requireNonNull(addressees, "addressees");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(draftedAt, "draftedAt");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(servedAt, "servedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A notice written but not yet given; nothing is checked until it is issued. */
    public static Notice draft(
            NoticeId id, OfficeId office, StaffId by, Particulars particulars, Seq<Addressee> addressees, Instant at) {
        return new Notice(id, office, 0, by, particulars, addressees.distinct(), NoticeState.DRAFTED, at,
                Option.none(), Option.none(), Option.none(), List.empty());
    }

    public NoticeKind kind() {
        return particulars.kind();
    }

    public RiskKind riskKind() {
        return kind().riskKind();
    }

    /**
     * Posts or sends the notice. {@code attachments} are the evidence kept at issue: the stub, and
     * for a municipal cut the utility's own notice. {@code recipients} are the office's shops and
     * key units that outage and force-majeure notices must be written to. Reports every reason.
     */
    public Either<Rejections<RiskRejection>, RiskOutcome<Notice>> issue(
            Instant at, Seq<Evidence> attachments, KeyRecipients recipients, RiskPolicy policy) {
        List<RiskRejection> reasons = notAllowed(ISSUE).appendAll(issueProblems(at, attachments, recipients, policy));
        return Rejections.unless(reasons, () -> RiskOutcome.of(
                new Notice(id, office, version + 1, issuedBy, particulars, addressees, NoticeState.ISSUED, draftedAt,
                        Option.some(at), servedAt, endedAt, evidence.appendAll(attachments)),
                new RiskEvent.NoticeIssued(office, id, kind(), riskKind(), at)));
    }

    private List<RiskRejection> issueProblems(Instant at, Seq<Evidence> attachments, KeyRecipients recipients, RiskPolicy policy) {
        List<RiskRejection> reasons = List.empty();
        boolean written = addressees.exists(addressee -> addressee.channel().written());
        if ((written || kind() == NoticeKind.RECTIFICATION) && !attachments.exists(Evidence.Stub.class::isInstance)) {
            reasons = reasons.append(new RiskRejection.StubNotKept(id, kind()));
        }
        if (particulars instanceof Particulars.Rectification rectification) {
            reasons = reasons.appendAll(requireDebtorAddressed());
            if (rectification.serious()) {
                reasons = reasons.appendAll(requireLegalChannel());
            }
            if (rectification.copyToAuthority() && !addressees.exists(a -> a.party() == Party.AUTHORITY)) {
                reasons = reasons.append(new RiskRejection.NotCopiedToAuthority(id));
            }
        } else if (particulars instanceof Particulars.ArrearsDemand) {
            reasons = reasons.appendAll(requireDebtorAddressed()).appendAll(requireLegalChannel());
        } else if (particulars instanceof Particulars.AdvanceNotice advance) {
            if (addressees.isEmpty()) {
                reasons = reasons.append(new RiskRejection.MissingAddressee(id, kind()));
            }
            if (!at.isBefore(advance.matterStarts()) || at.plus(policy.advanceNoticeLead()).isAfter(advance.matterStarts())) {
                reasons = reasons.append(new RiskRejection.NoticeAfterMatterStarts(
                        id, at, advance.matterStarts(), policy.advanceNoticeLead()));
            }
        } else if (particulars instanceof Particulars.SafetyWarning) {
            reasons = reasons.appendAll(requirePosting());
        } else if (particulars instanceof Particulars.ForceMajeure) {
            reasons = reasons.appendAll(requirePosting()).appendAll(requireWritten(Party.SHOP, recipients.shops()));
        } else if (particulars instanceof Particulars.PlannedOutage outage) {
            reasons = reasons.appendAll(requirePosting())
                    .appendAll(requireWritten(Party.SHOP, recipients.shops()))
                    .appendAll(requireWritten(Party.KEY_UNIT, recipients.keyUnits()));
            if (at.plus(policy.plannedOutageLead()).isAfter(outage.cutStarts())) {
                reasons = reasons.append(new RiskRejection.OutageNoticeTooLate(
                        id, at, outage.cutStarts(), policy.plannedOutageLead()));
            }
        } else if (particulars instanceof Particulars.MunicipalOutage) {
            reasons = reasons.appendAll(requirePosting());
            if (!attachments.exists(Evidence.UtilityNotice.class::isInstance)) {
                reasons = reasons.append(new RiskRejection.UtilityNoticeMissing(id));
            }
        }
        return reasons;
    }

    private List<RiskRejection> requireDebtorAddressed() {
        return addressees.exists(a -> a.party() == Party.OWNER || a.party() == Party.OCCUPANT)
                ? List.empty()
                : List.of(new RiskRejection.MissingAddressee(id, kind()));
    }

    private List<RiskRejection> requireLegalChannel() {
        return addressees
                .filter(a -> a.party() == Party.OWNER || a.party() == Party.OCCUPANT)
                .filter(a -> !a.channel().legallyRecognised())
                .map(a -> (RiskRejection) new RiskRejection.ChannelNotLegallyRecognised(id, kind(), a))
                .toList();
    }

    private List<RiskRejection> requirePosting() {
        return addressees.exists(a -> a.channel().posting())
                ? List.empty()
                : List.of(new RiskRejection.NotPosted(id, kind()));
    }

    private List<RiskRejection> requireWritten(Party party, io.vavr.collection.Set<String> names) {
        return names.toList()
                .filter(name -> !addressees.exists(a -> a.party() == party && a.who().equals(name) && a.channel().written()))
                .map(name -> new RiskRejection.NotWrittenTo(id, kind(), party, name));
    }

    /**
     * Records that the notice reached everyone: a photo for each posting, a receipt for each
     * addressee served by a legally recognised channel (a letter is proven by its kept stub). The
     * notice is served at the latest proven service.
     */
    public Either<Rejections<RiskRejection>, RiskOutcome<Notice>> recordService(Instant at, Seq<Evidence> proofs) {
        List<RiskRejection> reasons = notAllowed(SERVE);
        Seq<Evidence> all = evidence.appendAll(proofs);
        for (Addressee addressee : addressees) {
            if (!proven(addressee, all)) {
                reasons = reasons.append(new RiskRejection.ProofOfServiceMissing(id, kind(), addressee));
            }
        }
        Instant issued = issuedAt.getOrElse(at);
        for (Evidence proof : proofs) {
            if (proof instanceof Evidence.DeliveryReceipt receipt && receipt.servedAt().isBefore(issued)) {
                reasons = reasons.append(new RiskRejection.ServedBeforeIssue(id, receipt.to(), receipt.servedAt(), issued));
            }
        }
        Instant served = proofs.filter(Evidence.DeliveryReceipt.class::isInstance)
                .map(proof -> ((Evidence.DeliveryReceipt) proof).servedAt())
                .maxBy(Instant::compareTo)
                .getOrElse(at);
        Option<ArrearsId> arrears = particulars instanceof Particulars.ArrearsDemand demand
                ? Option.some(demand.arrears())
                : Option.none();
        return Rejections.unless(reasons, () -> RiskOutcome.of(
                new Notice(id, office, version + 1, issuedBy, particulars, addressees, NoticeState.SERVED, draftedAt,
                        issuedAt, Option.some(served), endedAt, all),
                new RiskEvent.NoticeServed(office, id, kind(), arrears, served, at)));
    }

    private static boolean proven(Addressee addressee, Seq<Evidence> evidence) {
        if (addressee.channel().posting()) {
            return evidence.exists(e -> e instanceof Evidence.Photo photo && photo.posting().equals(addressee));
        }
        if (addressee.channel().legallyRecognised()) {
            return evidence.exists(e -> e instanceof Evidence.DeliveryReceipt receipt && receipt.to().equals(addressee));
        }
        return evidence.exists(Evidence.Stub.class::isInstance);
    }

    /** Adds proof (a late receipt, a photo, a progress report); nothing is ever taken away. */
    public Either<Rejections<RiskRejection>, RiskOutcome<Notice>> addEvidence(Evidence more, Instant at) {
        return Rejections.unless(notAllowed(ADD_EVIDENCE), () -> RiskOutcome.of(
                new Notice(id, office, version + 1, issuedBy, particulars, addressees, state, draftedAt,
                        issuedAt, servedAt, endedAt, evidence.append(more)),
                new RiskEvent.EvidenceAdded(office, id, more, at)));
    }

    /**
     * The matter is over. An advance notice closes only when the parties were informed after the
     * matter started (R-RN-4: 实施过程中及时告知).
     */
    public Either<Rejections<RiskRejection>, RiskOutcome<Notice>> close(Instant at) {
        List<RiskRejection> reasons = notAllowed(CLOSE);
        if (particulars instanceof Particulars.AdvanceNotice advance
                && !evidence.exists(e -> e instanceof Evidence.ProgressUpdate
                        && !e.recordedAt().isBefore(advance.matterStarts()))) {
            reasons = reasons.append(new RiskRejection.ProgressNotReported(id, advance.matterStarts()));
        }
        return Rejections.unless(reasons, () -> RiskOutcome.of(
                ended(NoticeState.CLOSED, at), new RiskEvent.NoticeClosed(office, id, at)));
    }

    public Either<Rejections<RiskRejection>, RiskOutcome<Notice>> withdraw(Instant at) {
        return Rejections.unless(notAllowed(WITHDRAW), () -> RiskOutcome.of(
                ended(NoticeState.WITHDRAWN, at), new RiskEvent.NoticeWithdrawn(office, id, at)));
    }

    /** The last day the evidence must be kept (R-RN-9), once the notice is closed or withdrawn. */
    public Option<LocalDate> keptUntil(RiskPolicy policy, ZoneId zone) {
        return endedAt.map(ended -> ended.atZone(zone).toLocalDate().plus(policy.evidenceRetention()));
    }

    /** Disposes of the evidence; refused while the matter can still be litigated (R-RN-9). */
    public Either<Rejections<RiskRejection>, RiskOutcome<Notice>> disposeEvidence(Instant at, RiskPolicy policy, ZoneId zone) {
        List<RiskRejection> reasons = notAllowed(DISPOSE);
        Option<LocalDate> until = keptUntil(policy, zone);
        if (reasons.isEmpty() && until.isDefined() && !at.atZone(zone).toLocalDate().isAfter(until.get())) {
            reasons = reasons.append(new RiskRejection.EvidenceStillKept(id, until.get(), at));
        }
        return Rejections.unless(reasons, () -> RiskOutcome.of(
                new Notice(id, office, version + 1, issuedBy, particulars, addressees, NoticeState.DISPOSED, draftedAt,
                        issuedAt, servedAt, endedAt, List.empty()),
                new RiskEvent.EvidenceDisposed(office, id, at)));
    }

    private Notice ended(NoticeState next, Instant at) {
        return new Notice(id, office, version + 1, issuedBy, particulars, addressees, next, draftedAt,
                issuedAt, servedAt, Option.some(at), evidence);
    }

    private List<RiskRejection> notAllowed(String action) {
        return LIFECYCLE.allows(state, action)
                ? List.empty()
                : List.of(new RiskRejection.NotAllowedInState(id, kind(), state, action));
    }
}
