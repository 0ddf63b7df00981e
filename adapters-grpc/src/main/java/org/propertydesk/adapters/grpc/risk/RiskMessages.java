package org.propertydesk.adapters.grpc.risk;

import static org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp;

import com.google.protobuf.ProtocolMessageEnum;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.AdvanceNoticeParticulars;
import org.propertydesk.adapters.grpc.v1.ArrearsDemandParticulars;
import org.propertydesk.adapters.grpc.v1.DemandDue;
import org.propertydesk.adapters.grpc.v1.ForceMajeureParticulars;
import org.propertydesk.adapters.grpc.v1.HazardousWorkState;
import org.propertydesk.adapters.grpc.v1.NoticeAddressee;
import org.propertydesk.adapters.grpc.v1.NoticeChannel;
import org.propertydesk.adapters.grpc.v1.NoticeEvidence;
import org.propertydesk.adapters.grpc.v1.NoticeEvidenceKind;
import org.propertydesk.adapters.grpc.v1.NoticeParty;
import org.propertydesk.adapters.grpc.v1.NoticeViolation;
import org.propertydesk.adapters.grpc.v1.OutageParticulars;
import org.propertydesk.adapters.grpc.v1.OutageUtility;
import org.propertydesk.adapters.grpc.v1.RectificationParticulars;
import org.propertydesk.adapters.grpc.v1.SafetyWarningParticulars;
import org.propertydesk.adapters.grpc.v1.ServedDemand;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.RiskRejection;

/** The risk desk's records as messages of {@code risk_notices.proto}, and its enums both ways. */
final class RiskMessages {

    static final ResourceName.Pattern OFFICE = ResourceName.Pattern.of("offices/{office}");
    static final ResourceName.Pattern NOTICE = ResourceName.Pattern.of("offices/{office}/notices/{notice}");
    static final ResourceName.Pattern ARREARS = ResourceName.Pattern.of("offices/{office}/arrears/{arrears}");
    static final ResourceName.Pattern WORK = ResourceName.Pattern.of("offices/{office}/hazardousWorks/{hazardous_work}");
    static final ResourceName.Pattern INCIDENT = ResourceName.Pattern.of("offices/{office}/incidentRecords/{incident_record}");
    static final ResourceName.Pattern STAFF = ResourceName.Pattern.of("offices/{office}/staff/{staff}");

    private RiskMessages() {}

    static org.propertydesk.adapters.grpc.v1.Notice notice(org.propertydesk.domain.risk.Notice notice) {
        OfficeId office = notice.office();
        var message = org.propertydesk.adapters.grpc.v1.Notice.newBuilder()
                .setName(NOTICE.format(office, notice.id().value()))
                .setKind(toProto(notice.kind(), org.propertydesk.adapters.grpc.v1.NoticeKind.class, "NOTICE_KIND_"))
                .setState(toProto(notice.state(), org.propertydesk.adapters.grpc.v1.NoticeState.class, "NOTICE_STATE_"))
                .setIssuedBy(STAFF.format(office, notice.issuedBy().value()))
                .setDraftedAt(timestamp(notice.draftedAt()))
                .setEtag(Etags.of(notice.version()));
        particulars(office, notice.particulars(), message);
        notice.addressees().forEach(addressee -> message.addAddressees(addressee(addressee)));
        notice.issuedAt().forEach(at -> message.setIssuedAt(timestamp(at)));
        notice.servedAt().forEach(at -> message.setServedAt(timestamp(at)));
        notice.endedAt().forEach(at -> message.setEndedAt(timestamp(at)));
        notice.evidence().forEach(evidence -> message.addEvidence(evidence(evidence)));
        return message.build();
    }

    private static void particulars(OfficeId office, Particulars particulars, org.propertydesk.adapters.grpc.v1.Notice.Builder message) {
        if (particulars instanceof Particulars.Rectification rectification) {
            message.setRectification(RectificationParticulars.newBuilder()
                    .setBreach(rectification.breach())
                    .setSerious(rectification.serious())
                    .setCopyToAuthority(rectification.copyToAuthority()));
        } else if (particulars instanceof Particulars.ArrearsDemand demand) {
            message.setArrearsDemand(ArrearsDemandParticulars.newBuilder()
                    .setArrears(ARREARS.format(office, demand.arrears().value())));
        } else if (particulars instanceof Particulars.AdvanceNotice advance) {
            message.setAdvanceNotice(AdvanceNoticeParticulars.newBuilder()
                    .setMatter(advance.matter())
                    .setMatterStarts(timestamp(advance.matterStarts())));
        } else if (particulars instanceof Particulars.SafetyWarning warning) {
            message.setSafetyWarning(SafetyWarningParticulars.newBuilder()
                    .setHazardousWork(WORK.format(office, warning.workOrder().value()))
                    .setHazard(warning.hazard()));
        } else if (particulars instanceof Particulars.ForceMajeure forceMajeure) {
            message.setForceMajeure(ForceMajeureParticulars.newBuilder().setEvent(forceMajeure.event()));
        } else if (particulars instanceof Particulars.PlannedOutage outage) {
            message.setPlannedOutage(outage(outage.utility(), outage.cutStarts()));
        } else if (particulars instanceof Particulars.MunicipalOutage outage) {
            message.setMunicipalOutage(outage(outage.utility(), outage.cutStarts()));
        }
    }

    private static OutageParticulars outage(org.propertydesk.domain.risk.Utility utility, Instant cutStarts) {
        return OutageParticulars.newBuilder()
                .setUtility(toProto(utility, OutageUtility.class, "OUTAGE_UTILITY_"))
                .setCutStarts(timestamp(cutStarts))
                .build();
    }

    static NoticeAddressee addressee(Addressee addressee) {
        return NoticeAddressee.newBuilder()
                .setParty(toProto(addressee.party(), NoticeParty.class, "NOTICE_PARTY_"))
                .setWho(addressee.who())
                .setChannel(toProto(addressee.channel(), NoticeChannel.class, "NOTICE_CHANNEL_"))
                .build();
    }

    static NoticeEvidence evidence(Evidence evidence) {
        NoticeEvidence.Builder message = NoticeEvidence.newBuilder()
                .setReference(evidence.reference())
                .setRecordedAt(timestamp(evidence.recordedAt()));
        if (evidence instanceof Evidence.Stub) {
            message.setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_STUB);
        } else if (evidence instanceof Evidence.DeliveryReceipt receipt) {
            message.setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_DELIVERY_RECEIPT)
                    .setAddressee(addressee(receipt.to()))
                    .setServedAt(timestamp(receipt.servedAt()));
        } else if (evidence instanceof Evidence.Photo photo) {
            message.setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_PHOTO).setAddressee(addressee(photo.posting()));
        } else if (evidence instanceof Evidence.UtilityNotice) {
            message.setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_UTILITY_NOTICE);
        } else if (evidence instanceof Evidence.ProgressUpdate) {
            message.setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_PROGRESS_UPDATE);
        }
        return message.build();
    }

    static NoticeViolation violation(RiskRejection rejection) {
        return NoticeViolation.newBuilder()
                .setRuleId(rejection.rule().id())
                .setReason(GrpcErrors.reasonOf(rejection))
                .setDescription(rejection.reason())
                .build();
    }

    static org.propertydesk.adapters.grpc.v1.Arrears arrears(org.propertydesk.domain.risk.Arrears arrears) {
        var message = org.propertydesk.adapters.grpc.v1.Arrears.newBuilder()
                .setName(ARREARS.format(arrears.office(), arrears.id().value()))
                .setFee(arrears.fee())
                .setDebtor(arrears.debtor())
                .setDueOn(arrears.dueOn().toString())
                .setEtag(Etags.of(arrears.version()));
        arrears.servedDemands().forEach(demand -> message.addServedDemands(ServedDemand.newBuilder()
                .setNotice(NOTICE.format(arrears.office(), demand.notice().value()))
                .setServedOn(demand.servedOn().toString())));
        arrears.settledOn().forEach(on -> message.setSettledOn(on.toString()));
        return message.build();
    }

    static DemandDue demandDue(OfficeId office, RiskDesk.DemandDue due) {
        return DemandDue.newBuilder()
                .setArrears(ARREARS.format(office, due.arrears().value()))
                .setFee(due.fee())
                .setDebtor(due.debtor())
                .setDueOn(due.dueOn().toString())
                .setLimitationEnds(due.limitationEnds().toString())
                .build();
    }

    static org.propertydesk.adapters.grpc.v1.HazardousWork work(org.propertydesk.domain.risk.HazardousWork work) {
        var message = org.propertydesk.adapters.grpc.v1.HazardousWork.newBuilder()
                .setName(WORK.format(work.office(), work.id().value()))
                .setPlace(work.place())
                .setHazard(work.hazard())
                .setState(toProto(work.state(), HazardousWorkState.class, "HAZARDOUS_WORK_STATE_"))
                .setEtag(Etags.of(work.version()));
        work.warning().forEach(notice -> message.setWarning(NOTICE.format(work.office(), notice.value())));
        return message.build();
    }

    static org.propertydesk.adapters.grpc.v1.IncidentRecord incident(org.propertydesk.domain.risk.IncidentRecord incident) {
        var message = org.propertydesk.adapters.grpc.v1.IncidentRecord.newBuilder()
                .setName(INCIDENT.format(incident.office(), incident.id().value()))
                .setDescription(incident.description())
                .setRecordedBy(STAFF.format(incident.office(), incident.recordedBy().value()))
                .setRecordedAt(timestamp(incident.at()))
                .setEtag(Etags.of(incident.version()));
        incident.actions().forEach(action -> message.addActions(
                toProto(action, org.propertydesk.adapters.grpc.v1.ConductAction.class, "CONDUCT_ACTION_")));
        return message.build();
    }


    /** The proto value named {@code prefix + value.name()}. */
    static <P extends Enum<P>> P toProto(Enum<?> value, Class<P> type, String prefix) {
        return Enum.valueOf(type, prefix + value.name());
    }

    /**
     * The domain value a proto enum value stands for; empty for {@code *_UNSPECIFIED} and for
     * numbers this server does not know ({@code UNRECOGNIZED}).
     */
    static <P extends Enum<P> & ProtocolMessageEnum, D extends Enum<D>> Option<D> fromProto(P value, Class<D> type, String prefix) {
        String name = value.name();
        if (!name.startsWith(prefix)) {
            return Option.none();
        }
        return Try.of(() -> Enum.valueOf(type, name.substring(prefix.length()))).toOption();
    }
}
