package org.propertydesk.adapters.grpc.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.risk.RiskWorld.OWNER_BY_REGISTERED_MAIL;
import static org.propertydesk.adapters.grpc.risk.RiskWorld.addressee;
import static org.propertydesk.adapters.grpc.risk.RiskWorld.failure;
import static org.propertydesk.adapters.grpc.risk.RiskWorld.parent;

import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import io.grpc.Status;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.v1.AdvanceNoticeParticulars;
import org.propertydesk.adapters.grpc.v1.ArrearsDemandParticulars;
import org.propertydesk.adapters.grpc.v1.CheckNoticeRequest;
import org.propertydesk.adapters.grpc.v1.CloseNoticeRequest;
import org.propertydesk.adapters.grpc.v1.ConductAction;
import org.propertydesk.adapters.grpc.v1.CreateArrearsRequest;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRecordRequest;
import org.propertydesk.adapters.grpc.v1.CreateNoticeRequest;
import org.propertydesk.adapters.grpc.v1.DisposeNoticeEvidenceRequest;
import org.propertydesk.adapters.grpc.v1.GetArrearsRequest;
import org.propertydesk.adapters.grpc.v1.GetNoticeRequest;
import org.propertydesk.adapters.grpc.v1.IncidentRecord;
import org.propertydesk.adapters.grpc.v1.ListDemandsDueRequest;
import org.propertydesk.adapters.grpc.v1.ListIncidentRecordsRequest;
import org.propertydesk.adapters.grpc.v1.ListNoticesRequest;
import org.propertydesk.adapters.grpc.v1.ListNoticesResponse;
import org.propertydesk.adapters.grpc.v1.Notice;
import org.propertydesk.adapters.grpc.v1.NoticeChannel;
import org.propertydesk.adapters.grpc.v1.NoticeEvidence;
import org.propertydesk.adapters.grpc.v1.NoticeEvidenceKind;
import org.propertydesk.adapters.grpc.v1.NoticeKind;
import org.propertydesk.adapters.grpc.v1.NoticeParty;
import org.propertydesk.adapters.grpc.v1.NoticeState;
import org.propertydesk.adapters.grpc.v1.OutageParticulars;
import org.propertydesk.adapters.grpc.v1.OutageUtility;
import org.propertydesk.adapters.grpc.v1.RecordNoticeServiceRequest;
import org.propertydesk.adapters.grpc.v1.RegisterHazardWarningRequest;
import org.propertydesk.adapters.grpc.v1.SettleArrearsRequest;
import org.propertydesk.adapters.grpc.v1.StartHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.HazardousWorkState;
import org.propertydesk.adapters.grpc.v1.WithdrawNoticeRequest;

/** The risk desk over gRPC, rule by rule, as a client on any stack sees it. */
@DisplayName("RiskNoticeService")
class RiskNoticeServiceTest {

    private final RiskWorld world = new RiskWorld();

    @AfterEach
    void close() {
        world.close();
    }

    private static PreconditionFailure preconditions(org.propertydesk.adapters.grpc.InProcessDesk.Failure failure) {
        return failure.preconditionFailure().orElseThrow();
    }

    // ---- arrears: the walkthrough's scene --------------------------------------------------------

    @Test
    @DisplayName("R-RN-3: arrears whose two-year limitation ends soon are listed with the day it ends; a demand proven served takes them off the list")
    void demandsDueUntilAServedDemand() {
        var owed = world.recordedArrears("2024-03-31");
        world.recordedArrears("2025-03-31"); // ends 2027-03-31, outside the three-month window

        var due = world.as("clerk").listDemandsDue(ListDemandsDueRequest.newBuilder().setParent(parent()).build());

        assertThat(due.getDemandsDueList()).singleElement().satisfies(line -> {
            assertThat(line.getArrears()).isEqualTo(owed.getName());
            assertThat(line.getDebtor()).isEqualTo("3-1201");
            assertThat(line.getDueOn()).isEqualTo("2024-03-31");
            assertThat(line.getLimitationEnds()).isEqualTo("2026-03-31");
        });

        Notice demand = world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent())
                .setNotice(Notice.newBuilder()
                        .setArrearsDemand(ArrearsDemandParticulars.newBuilder().setArrears(owed.getName()))
                        .addAddressees(OWNER_BY_REGISTERED_MAIL)
                        .addEvidence(world.stub("demand stub 7")))
                .build()).getNotice();
        assertThat(demand.getKind()).isEqualTo(NoticeKind.NOTICE_KIND_ARREARS_DEMAND);
        assertThat(demand.getState()).isEqualTo(NoticeState.NOTICE_STATE_ISSUED);
        world.clock.advance(Duration.ofDays(3));
        Notice served = world.as("clerk").recordNoticeService(RecordNoticeServiceRequest.newBuilder()
                .setName(demand.getName()).setEtag(demand.getEtag())
                .addProofs(world.receipt(OWNER_BY_REGISTERED_MAIL, "EMS-123")).build()).getNotice();

        assertThat(served.getState()).isEqualTo(NoticeState.NOTICE_STATE_SERVED);
        assertThat(world.as("clerk").listDemandsDue(ListDemandsDueRequest.newBuilder().setParent(parent()).build())
                .getDemandsDueList()).isEmpty();
        var after = world.as("clerk").getArrears(GetArrearsRequest.newBuilder().setName(owed.getName()).build()).getArrears();
        assertThat(after.getServedDemandsList()).singleElement().satisfies(demanded -> {
            assertThat(demanded.getNotice()).isEqualTo(demand.getName());
            assertThat(demanded.getServedOn()).isEqualTo("2026-03-05");
        });
        assertThat(after.getEtag()).isEqualTo("v1");
    }

    @Test
    @DisplayName("R-RN-3: a payment demand by ordinary letter is FAILED_PRECONDITION naming the rule, and nothing is issued")
    void demandByLetterRefused() {
        var owed = world.recordedArrears("2024-03-31");

        var failure = failure(() -> world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent())
                .setNotice(Notice.newBuilder()
                        .setArrearsDemand(ArrearsDemandParticulars.newBuilder().setArrears(owed.getName()))
                        .addAddressees(addressee(NoticeParty.NOTICE_PARTY_OWNER, "3-1201", NoticeChannel.NOTICE_CHANNEL_LETTER))
                        .addEvidence(world.stub("stub")))
                .build()));

        assertThat(failure.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(failure.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo("CHANNEL_NOT_LEGALLY_RECOGNISED");
            assertThat(info.getDomain()).isEqualTo(GrpcErrors.DOMAIN);
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-RN-3");
        });
        assertThat(world.notices.all(RiskWorld.OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-RN-3: a demand for arrears the office does not have is NOT_FOUND naming the arrears")
    void demandForUnknownArrears() {
        String unknown = parent() + "/arrears/00000000-0000-0000-0000-00000000abcd";

        var failure = failure(() -> world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent())
                .setNotice(Notice.newBuilder()
                        .setArrearsDemand(ArrearsDemandParticulars.newBuilder().setArrears(unknown))
                        .addAddressees(OWNER_BY_REGISTERED_MAIL)
                        .addEvidence(world.stub("stub")))
                .build()));

        assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(failure.resourceInfo()).hasValueSatisfying(info -> assertThat(info.getResourceName()).isEqualTo(unknown));
    }

    @Test
    @DisplayName("R-RN-3: settling arrears takes them off the outstanding list; settling them again is FAILED_PRECONDITION")
    void settle() {
        var owed = world.recordedArrears("2024-03-31");

        var settled = world.as("clerk").settleArrears(SettleArrearsRequest.newBuilder()
                .setName(owed.getName()).setSettledOn("2026-03-01").build()).getArrears();
        var again = failure(() -> world.as("clerk").settleArrears(SettleArrearsRequest.newBuilder()
                .setName(owed.getName()).setSettledOn("2026-03-02").build()));

        assertThat(settled.getSettledOn()).isEqualTo("2026-03-01");
        assertThat(world.as("clerk").listArrears(org.propertydesk.adapters.grpc.v1.ListArrearsRequest.newBuilder()
                .setParent(parent()).build()).getArrearsList()).isEmpty();
        assertThat(again.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(again.errorInfo()).map(ErrorInfo::getReason).contains("ARREARS_SETTLED");
    }

    @Test
    @DisplayName("arrears need a fee, a debtor and a real due date: every malformed field is named at once")
    void malformedArrears() {
        var failure = failure(() -> world.as("clerk").createArrears(CreateArrearsRequest.newBuilder().setParent(parent())
                .setArrears(org.propertydesk.adapters.grpc.v1.Arrears.newBuilder().setFee(" ").setDebtor("3-1201\u0000").setDueOn("2024-02-30"))
                .setRequestId("not a request id!")
                .build()));

        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactly("arrears.fee", "arrears.debtor", "arrears.due_on", "request_id");
    }

    @Test
    @DisplayName("a hazardous work's place and hazard hold at most 200 characters, as the database does: longer is INVALID_ARGUMENT, not INTERNAL")
    void hazardousWorkTextsFitTheDatabase() {
        var failure = failure(() -> world.as("repairer").createHazardousWork(org.propertydesk.adapters.grpc.v1.CreateHazardousWorkRequest.newBuilder()
                .setParent(parent())
                .setHazardousWork(org.propertydesk.adapters.grpc.v1.HazardousWork.newBuilder().setPlace("楼".repeat(201)).setHazard("高".repeat(300)))
                .build()));

        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactly("hazardous_work.place", "hazardous_work.hazard");
    }

    // ---- notices ---------------------------------------------------------------------------------

    @Test
    @DisplayName("R-RN-2: an issued rectification notice keeps its stub as evidence and is read back with its etag")
    void issueAndRead() {
        Notice issued = world.issued();

        Notice read = world.as("clerk").getNotice(GetNoticeRequest.newBuilder().setName(issued.getName()).build()).getNotice();

        assertThat(read).isEqualTo(issued);
        assertThat(read.getName()).startsWith(parent() + "/notices/");
        assertThat(read.getKind()).isEqualTo(NoticeKind.NOTICE_KIND_RECTIFICATION);
        assertThat(read.getRectification().getBreach()).isEqualTo("balcony enclosed without approval");
        assertThat(read.getIssuedBy()).isEqualTo(RiskWorld.staffName(world.clerk));
        assertThat(read.getEvidenceList()).extracting(NoticeEvidence::getKind).containsExactly(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_STUB);
        assertThat(read.getEtag()).isEqualTo("v1");
        assertThat(read.hasIssuedAt()).isTrue();
        assertThat(read.hasServedAt()).isFalse();
    }

    @Test
    @DisplayName("R-RN-2: a serious rectification notice without a stub, by ordinary letter, is FAILED_PRECONDITION listing every violated rule")
    void everyViolationListed() {
        var failure = failure(() -> world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent())
                .setNotice(world.rectification().toBuilder()
                        .clearEvidence()
                        .setAddressees(0, addressee(NoticeParty.NOTICE_PARTY_OWNER, "3-1201", NoticeChannel.NOTICE_CHANNEL_LETTER)))
                .build()));

        assertThat(failure.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(preconditions(failure).getViolationsList())
                .extracting(PreconditionFailure.Violation::getType, PreconditionFailure.Violation::getSubject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("STUB_NOT_KEPT", "R-RN-2"),
                        org.assertj.core.groups.Tuple.tuple("CHANNEL_NOT_LEGALLY_RECOGNISED", "R-RN-2"));
    }

    @Test
    @DisplayName("R-RN-7: checking a planned outage notice lists every violation and changes nothing; issuing it is refused with the same rules")
    void outageChecked() {
        Notice outage = Notice.newBuilder()
                .setPlannedOutage(OutageParticulars.newBuilder().setUtility(OutageUtility.OUTAGE_UTILITY_WATER)
                        .setCutStarts(world.inFuture(Duration.ofHours(2))))
                .addAddressees(addressee(NoticeParty.NOTICE_PARTY_PUBLIC_POSTING, "lobby of block 3", NoticeChannel.NOTICE_CHANNEL_POSTED))
                .addAddressees(addressee(NoticeParty.NOTICE_PARTY_SHOP, "bakery", NoticeChannel.NOTICE_CHANNEL_LETTER))
                .addEvidence(world.stub("outage stub"))
                .build();

        var checked = world.as("clerk").checkNotice(CheckNoticeRequest.newBuilder().setParent(parent()).setNotice(outage).build());
        var refused = failure(() -> world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent()).setNotice(outage).build()));

        assertThat(checked.getViolationsList()).extracting(v -> v.getReason() + " " + v.getRuleId())
                .containsExactly("NOT_WRITTEN_TO R-RN-7", "OUTAGE_NOTICE_TOO_LATE R-RN-7");
        assertThat(checked.getViolations(0).getDescription()).contains("clinic");
        assertThat(preconditions(refused).getViolationsList()).extracting(PreconditionFailure.Violation::getType)
                .containsExactly("NOT_WRITTEN_TO", "OUTAGE_NOTICE_TOO_LATE");
        assertThat(world.notices.all(RiskWorld.OFFICE)).isEmpty();
        assertThat(world.effects()).isZero();
    }

    @Test
    @DisplayName("R-RN-9: a person addressed by posting is FAILED_PRECONDITION from the check as from the issue")
    void postingToAPersonRefused() {
        Notice notice = world.rectification().toBuilder()
                .setAddressees(0, addressee(NoticeParty.NOTICE_PARTY_OWNER, "3-1201", NoticeChannel.NOTICE_CHANNEL_POSTED))
                .build();

        var checked = world.as("clerk").checkNotice(CheckNoticeRequest.newBuilder().setParent(parent()).setNotice(notice).build());
        var refused = failure(() -> world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent()).setNotice(notice).build()));

        assertThat(checked.getViolationsList()).extracting(v -> v.getReason() + " " + v.getRuleId()).containsExactly("INVALID_ADDRESSEE R-RN-9");
        assertThat(refused.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(refused.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo("INVALID_ADDRESSEE");
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-RN-9");
        });
    }

    @Test
    @DisplayName("a notice without particulars, with a blank addressee and an evidence of no kind, is INVALID_ARGUMENT naming each field")
    void malformedNotice() {
        var failure = failure(() -> world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent())
                .setNotice(Notice.newBuilder()
                        .addAddressees(addressee(NoticeParty.NOTICE_PARTY_OWNER, "  ", NoticeChannel.NOTICE_CHANNEL_UNSPECIFIED))
                        .addEvidence(NoticeEvidence.newBuilder().setReference("x").setServedAt(world.now())))
                .build()));

        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactly(
                "notice.particulars", "notice.addressees[0].who", "notice.addressees[0].channel",
                "notice.evidence[0].kind", "notice.evidence[0].recorded_at", "notice.evidence[0].served_at");
    }

    @Test
    @DisplayName("a missing notice and an unknown enum number are INVALID_ARGUMENT, never UNKNOWN")
    void missingNoticeAndUnknownEnum() {
        var missing = failure(() -> world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent()).build()));
        var unknownParty = failure(() -> world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent())
                .setNotice(world.rectification().toBuilder().setAddressees(0, OWNER_BY_REGISTERED_MAIL.toBuilder().setPartyValue(77)))
                .build()));

        assertThat(missing.badFields()).containsExactly("notice");
        assertThat(unknownParty.badFields()).containsExactly("notice.addressees[0].party");
    }

    @Test
    @DisplayName("R-RN-4: an advance notice closes only once progress was reported after the matter started")
    void advanceNoticeNeedsProgress() {
        Notice advance = world.as("clerk").createNotice(CreateNoticeRequest.newBuilder().setParent(parent())
                .setNotice(Notice.newBuilder()
                        .setAdvanceNotice(AdvanceNoticeParticulars.newBuilder().setMatter("facade cleaning")
                                .setMatterStarts(world.inFuture(Duration.ofDays(1))))
                        .addAddressees(addressee(NoticeParty.NOTICE_PARTY_PUBLIC_POSTING, "lobby", NoticeChannel.NOTICE_CHANNEL_POSTED)))
                .build()).getNotice();
        NoticeEvidence photo = NoticeEvidence.newBuilder().setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_PHOTO)
                .setAddressee(advance.getAddressees(0)).setReference("IMG_1").setRecordedAt(world.now()).build();
        Notice served = world.as("clerk").recordNoticeService(RecordNoticeServiceRequest.newBuilder()
                .setName(advance.getName()).addProofs(photo).build()).getNotice();

        var early = failure(() -> world.as("clerk").closeNotice(CloseNoticeRequest.newBuilder().setName(served.getName()).build()));
        world.clock.advance(Duration.ofDays(2));
        Notice reported = world.withProgress(served);
        Notice closed = world.as("clerk").closeNotice(CloseNoticeRequest.newBuilder()
                .setName(reported.getName()).setEtag(reported.getEtag()).build()).getNotice();

        assertThat(early.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo("PROGRESS_NOT_REPORTED");
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-RN-4");
        });
        assertThat(closed.getState()).isEqualTo(NoticeState.NOTICE_STATE_CLOSED);
        assertThat(closed.getEtag()).isEqualTo("v4");
    }

    @Test
    @DisplayName("R-RN-9: a customer-service assistant disposing of evidence is PERMISSION_DENIED naming the rule; a manager may once retention is over")
    void disposalNeedsAManager() {
        Notice withdrawn = world.withdrawn();
        world.clock.advance(Duration.ofDays(3 * 366 + 2));

        var denied = failure(() -> world.as("clerk").disposeNoticeEvidence(
                DisposeNoticeEvidenceRequest.newBuilder().setName(withdrawn.getName()).build()));
        Notice disposed = world.as("manager").disposeNoticeEvidence(
                DisposeNoticeEvidenceRequest.newBuilder().setName(withdrawn.getName()).build()).getNotice();

        assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(denied.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo("ROLE_MAY_NOT");
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-RN-9");
        });
        assertThat(disposed.getState()).isEqualTo(NoticeState.NOTICE_STATE_DISPOSED);
        assertThat(disposed.getEvidenceList()).isEmpty();
    }

    @Test
    @DisplayName("R-RN-9: evidence still within its retention is FAILED_PRECONDITION with the day it is kept until")
    void evidenceStillKept() {
        Notice withdrawn = world.withdrawn();

        var kept = failure(() -> world.as("manager").disposeNoticeEvidence(
                DisposeNoticeEvidenceRequest.newBuilder().setName(withdrawn.getName()).build()));

        assertThat(kept.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(preconditions(kept).getViolations(0).getType()).isEqualTo("EVIDENCE_STILL_KEPT");
        assertThat(preconditions(kept).getViolations(0).getDescription()).contains("2029-03-02");
    }

    @Test
    @DisplayName("R-RN-2: a repairer issuing a rectification notice is PERMISSION_DENIED: operators only put up warning signs")
    void operatorsOnlyWarn() {
        var denied = failure(() -> world.as("repairer").createNotice(world.createRectification()));

        assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(denied.errorInfo()).hasValueSatisfying(info -> assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-RN-2"));
    }

    @Test
    @DisplayName("a withdrawn notice cannot be withdrawn again: FAILED_PRECONDITION naming the state")
    void lifecycle() {
        Notice withdrawn = world.withdrawn();

        var again = failure(() -> world.as("clerk").withdrawNotice(WithdrawNoticeRequest.newBuilder().setName(withdrawn.getName()).build()));

        assertThat(again.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(again.errorInfo()).map(ErrorInfo::getReason).contains("NOT_ALLOWED_IN_STATE");
    }

    @Test
    @DisplayName("notices are listed a page at a time; a page token only works for the listing that issued it")
    void paging() {
        Notice first = world.issued();
        Notice second = world.issued();
        Notice third = world.issued();

        ListNoticesResponse page1 = world.as("clerk").listNotices(ListNoticesRequest.newBuilder().setParent(parent()).setPageSize(2).build());
        ListNoticesResponse page2 = world.as("clerk").listNotices(ListNoticesRequest.newBuilder().setParent(parent()).setPageSize(2)
                .setPageToken(page1.getNextPageToken()).build());
        var foreign = failure(() -> world.as("clerk").listIncidentRecords(ListIncidentRecordsRequest.newBuilder()
                .setParent(parent()).setPageToken(page1.getNextPageToken()).build()));
        var negative = failure(() -> world.as("clerk").listNotices(ListNoticesRequest.newBuilder().setParent(parent()).setPageSize(-1).build()));

        assertThat(page1.getNoticesList()).extracting(Notice::getName).containsExactly(first.getName(), second.getName());
        assertThat(page2.getNoticesList()).extracting(Notice::getName).containsExactly(third.getName());
        assertThat(page2.getNextPageToken()).isEmpty();
        assertThat(foreign.badFields()).containsExactly("page_token");
        assertThat(negative.badFields()).containsExactly("page_size");
    }

    // ---- hazardous work --------------------------------------------------------------------------

    @Test
    @DisplayName("R-RN-5: hazardous work cannot start without a registered warning: FAILED_PRECONDITION, then it starts once the sign is registered")
    void warningBeforeWork() {
        var work = world.plannedWork();

        var refused = failure(() -> world.as("repairer").startHazardousWork(StartHazardousWorkRequest.newBuilder().setName(work.getName()).build()));
        var warned = world.as("repairer").registerHazardWarning(RegisterHazardWarningRequest.newBuilder()
                .setName(work.getName()).setWarning(world.warningFor(work).getName()).setEtag(work.getEtag()).build()).getHazardousWork();
        var started = world.as("repairer").startHazardousWork(StartHazardousWorkRequest.newBuilder()
                .setName(work.getName()).setEtag(warned.getEtag()).build()).getHazardousWork();

        assertThat(refused.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(refused.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo("WARNING_NOT_REGISTERED");
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-RN-5");
        });
        assertThat(warned.getWarning()).startsWith(parent() + "/notices/");
        assertThat(started.getState()).isEqualTo(HazardousWorkState.HAZARDOUS_WORK_STATE_STARTED);
    }

    @Test
    @DisplayName("R-RN-5: a notice that is not this order's warning sign is FAILED_PRECONDITION")
    void notAWarning() {
        var work = world.plannedWork();
        Notice rectification = world.issued();

        var refused = failure(() -> world.as("repairer").registerHazardWarning(RegisterHazardWarningRequest.newBuilder()
                .setName(work.getName()).setWarning(rectification.getName()).build()));

        assertThat(refused.errorInfo()).map(ErrorInfo::getReason).contains("NOT_A_WARNING_FOR");
    }

    // ---- incidents -------------------------------------------------------------------------------

    @Test
    @DisplayName("R-RN-8: recording a detention is FAILED_PRECONDITION naming the lawful alternatives; nothing is recorded")
    void unlawfulConductRefused() {
        var refused = failure(() -> world.as("clerk").createIncidentRecord(CreateIncidentRecordRequest.newBuilder().setParent(parent())
                .setIncidentRecord(IncidentRecord.newBuilder().setDescription("a thief caught in the car park")
                        .addActions(ConductAction.CONDUCT_ACTION_DETAIN).addActions(ConductAction.CONDUCT_ACTION_KEEP_ID_DOCUMENT))
                .build()));

        assertThat(refused.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(preconditions(refused).getViolationsList()).extracting(PreconditionFailure.Violation::getType, PreconditionFailure.Violation::getSubject)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("UNLAWFUL_CONDUCT", "R-RN-8"));
        assertThat(preconditions(refused).getViolations(0).getDescription()).contains("call the police");
        assertThat(preconditions(refused).getViolationsCount()).isEqualTo(2);
        assertThat(world.incidents.all(RiskWorld.OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-RN-8: a lawful incident record is kept with who recorded it, and listed")
    void lawfulIncidentKept() {
        IncidentRecord recorded = world.incident();

        var listed = world.as("manager").listIncidentRecords(ListIncidentRecordsRequest.newBuilder().setParent(parent()).build());

        assertThat(recorded.getRecordedBy()).isEqualTo(RiskWorld.staffName(world.clerk));
        assertThat(recorded.getActionsList()).containsExactly(ConductAction.CONDUCT_ACTION_ASK_TO_LEAVE, ConductAction.CONDUCT_ACTION_CALL_POLICE);
        assertThat(listed.getIncidentRecordsList()).containsExactly(recorded);
    }

    @Test
    @DisplayName("an incident with an unknown action number is INVALID_ARGUMENT naming the item")
    void unknownAction() {
        var refused = failure(() -> world.as("clerk").createIncidentRecord(CreateIncidentRecordRequest.newBuilder().setParent(parent())
                .setIncidentRecord(IncidentRecord.newBuilder().setDescription("x")
                        .addActions(ConductAction.CONDUCT_ACTION_CALL_POLICE).addActionsValue(4242))
                .build()));

        assertThat(refused.badFields()).containsExactly("incident_record.actions[1]");
    }
}
