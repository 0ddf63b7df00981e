package org.propertydesk.adapters.grpc.risk;

import static org.propertydesk.adapters.grpc.risk.RiskMessages.ARREARS;
import static org.propertydesk.adapters.grpc.risk.RiskMessages.WORK;
import static org.propertydesk.adapters.grpc.risk.RiskMessages.fromProto;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.RequestCheck;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.NoticeAddressee;
import org.propertydesk.adapters.grpc.v1.NoticeEvidence;
import org.propertydesk.adapters.grpc.v1.NoticeEvidenceKind;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.RiskRejection;
import org.propertydesk.domain.risk.Utility;
import org.propertydesk.domain.risk.WorkOrderId;

/**
 * Reads the notice parts of a request into the domain's values: malformed fields go to the
 * {@link RequestCheck}, the resource names a request refers to are kept to be checked against the
 * caller's office, and what the domain's factories refuse (an addressee posted by letter, R-RN-9)
 * is kept as a rejection. {@link #orThrow} then answers in that order: INVALID_ARGUMENT,
 * PERMISSION_DENIED, FAILED_PRECONDITION.
 */
final class RiskInput {

    static final int MAX_ITEMS = 200;
    static final int SHORT_TEXT = 200;
    static final int TEXT = 500;
    static final int LONG_TEXT = 2000;

    final RequestCheck check = new RequestCheck();
    private final java.util.List<ResourceName> references = new ArrayList<>();
    private final java.util.List<RiskRejection> rejections = new ArrayList<>();

    /** A resource name the request refers to; it must be in the caller's office. */
    ResourceName reference(String field, String value, ResourceName.Pattern pattern) {
        ResourceName name = check.name(field, value, pattern);
        if (name != null) {
            references.add(name);
        }
        return name;
    }

    Particulars particulars(String field, org.propertydesk.adapters.grpc.v1.Notice notice) {
        switch (notice.getParticularsCase()) {
            case RECTIFICATION: {
                var rectification = notice.getRectification();
                String breach = check.text(field + ".rectification.breach", rectification.getBreach(), LONG_TEXT);
                return breach == null ? null
                        : new Particulars.Rectification(breach, rectification.getSerious(), rectification.getCopyToAuthority());
            }
            case ARREARS_DEMAND: {
                ResourceName arrears = reference(field + ".arrears_demand.arrears", notice.getArrearsDemand().getArrears(), ARREARS);
                return arrears == null ? null : new Particulars.ArrearsDemand(arrears.id("arrears", ArrearsId::new));
            }
            case ADVANCE_NOTICE: {
                var advance = notice.getAdvanceNotice();
                String matter = check.text(field + ".advance_notice.matter", advance.getMatter(), LONG_TEXT);
                Instant starts = check.instant(field + ".advance_notice.matter_starts", advance.hasMatterStarts(), advance.getMatterStarts());
                return matter == null || starts == null ? null : new Particulars.AdvanceNotice(matter, starts);
            }
            case SAFETY_WARNING: {
                var warning = notice.getSafetyWarning();
                ResourceName work = reference(field + ".safety_warning.hazardous_work", warning.getHazardousWork(), WORK);
                String hazard = check.text(field + ".safety_warning.hazard", warning.getHazard(), TEXT);
                return work == null || hazard == null ? null
                        : new Particulars.SafetyWarning(work.id("hazardous_work", WorkOrderId::new), hazard);
            }
            case FORCE_MAJEURE: {
                String event = check.text(field + ".force_majeure.event", notice.getForceMajeure().getEvent(), TEXT);
                return event == null ? null : new Particulars.ForceMajeure(event);
            }
            case PLANNED_OUTAGE: {
                var outage = notice.getPlannedOutage();
                Utility utility = check.choice(field + ".planned_outage.utility", outage.getUtility(),
                        value -> fromProto(value, Utility.class, "OUTAGE_UTILITY_"));
                Instant starts = check.instant(field + ".planned_outage.cut_starts", outage.hasCutStarts(), outage.getCutStarts());
                return utility == null || starts == null ? null : new Particulars.PlannedOutage(utility, starts);
            }
            case MUNICIPAL_OUTAGE: {
                var outage = notice.getMunicipalOutage();
                Utility utility = check.choice(field + ".municipal_outage.utility", outage.getUtility(),
                        value -> fromProto(value, Utility.class, "OUTAGE_UTILITY_"));
                Instant starts = check.instant(field + ".municipal_outage.cut_starts", outage.hasCutStarts(), outage.getCutStarts());
                return utility == null || starts == null ? null : new Particulars.MunicipalOutage(utility, starts);
            }
            default:
                check.invalid(field + ".particulars", "is required: set one of rectification, arrears_demand, advance_notice, "
                        + "safety_warning, force_majeure, planned_outage, municipal_outage");
                return null;
        }
    }

    Seq<Addressee> addressees(String field, java.util.List<NoticeAddressee> given) {
        if (!check.require(given.size() <= MAX_ITEMS, field, "must hold at most " + MAX_ITEMS + " addressees")) {
            return List.empty();
        }
        List<Addressee> addressees = List.empty();
        for (int i = 0; i < given.size(); i++) {
            Addressee addressee = addressee(field + "[" + i + "]", given.get(i));
            if (addressee != null) {
                addressees = addressees.append(addressee);
            }
        }
        return addressees;
    }

    Addressee addressee(String field, NoticeAddressee given) {
        Party party = check.choice(field + ".party", given.getParty(), value -> fromProto(value, Party.class, "NOTICE_PARTY_"));
        String who = check.text(field + ".who", given.getWho(), SHORT_TEXT);
        Channel channel = check.choice(field + ".channel", given.getChannel(),
                value -> fromProto(value, Channel.class, "NOTICE_CHANNEL_"));
        if (party == null || who == null || channel == null) {
            return null;
        }
        Either<Rejections<RiskRejection>, Addressee> made = Addressee.of(party, who, channel);
        made.swap().forEach(refused -> rejections.addAll(refused.reasons().toJavaList()));
        return made.getOrNull();
    }

    Seq<Evidence> evidence(String field, java.util.List<NoticeEvidence> given) {
        if (!check.require(given.size() <= MAX_ITEMS, field, "must hold at most " + MAX_ITEMS + " pieces of evidence")) {
            return List.empty();
        }
        List<Evidence> evidence = List.empty();
        for (int i = 0; i < given.size(); i++) {
            Evidence one = evidence(field + "[" + i + "]", given.get(i));
            if (one != null) {
                evidence = evidence.append(one);
            }
        }
        return evidence;
    }

    Evidence evidence(String field, NoticeEvidence given) {
        NoticeEvidenceKind kind = given.getKind();
        boolean valid = kind != NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_UNSPECIFIED && kind != NoticeEvidenceKind.UNRECOGNIZED;
        check.require(valid, field + ".kind", "is required: one of the values the API defines (not *_UNSPECIFIED)");
        String reference = check.text(field + ".reference", given.getReference(), SHORT_TEXT);
        Instant recordedAt = check.instant(field + ".recorded_at", given.hasRecordedAt(), given.getRecordedAt());
        boolean receipt = kind == NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_DELIVERY_RECEIPT;
        boolean photo = kind == NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_PHOTO;
        Addressee addressee = null;
        if (receipt || photo) {
            addressee = given.hasAddressee()
                    ? addressee(field + ".addressee", given.getAddressee())
                    : requiredMissing(field + ".addressee", "is required for a delivery receipt or a photo");
        } else {
            check.require(!given.hasAddressee(), field + ".addressee", "is only for a delivery receipt or a photo");
        }
        Instant servedAt = null;
        if (receipt) {
            servedAt = check.instant(field + ".served_at", given.hasServedAt(), given.getServedAt());
        } else {
            check.require(!given.hasServedAt(), field + ".served_at", "is only for a delivery receipt");
        }
        if (!valid || reference == null || recordedAt == null || ((receipt || photo) && addressee == null) || (receipt && servedAt == null)) {
            return null;
        }
        switch (kind) {
            case NOTICE_EVIDENCE_KIND_STUB:
                return new Evidence.Stub(reference, recordedAt);
            case NOTICE_EVIDENCE_KIND_DELIVERY_RECEIPT:
                return new Evidence.DeliveryReceipt(addressee, servedAt, reference, recordedAt);
            case NOTICE_EVIDENCE_KIND_PHOTO:
                return new Evidence.Photo(addressee, reference, recordedAt);
            case NOTICE_EVIDENCE_KIND_UTILITY_NOTICE:
                return new Evidence.UtilityNotice(reference, recordedAt);
            default:
                return new Evidence.ProgressUpdate(reference, recordedAt);
        }
    }

    private <T> T requiredMissing(String field, String description) {
        check.invalid(field, description);
        return null;
    }

    /** Refuses the request as {@link #orThrow} does, but leaves the domain factories' rejections to {@link #rejections}. */
    void malformedOrElsewhere(Caller caller) {
        check.orThrow();
        references.forEach(name -> caller.requireOffice(name.office()));
    }

    /** What the domain's factories refused in the request. */
    Seq<RiskRejection> rejections() {
        return List.ofAll(rejections);
    }

    /**
     * Refuses the request: INVALID_ARGUMENT naming every malformed field, else PERMISSION_DENIED
     * when a name is in another office than the caller's (K-1), else FAILED_PRECONDITION with every
     * rule a domain factory refused.
     */
    void orThrow(Caller caller) {
        malformedOrElsewhere(caller);
        if (!rejections.isEmpty()) {
            throw GrpcErrors.rejected(new Rejections<>(List.ofAll(rejections)));
        }
    }
}
