package org.propertydesk.adapters.grpc.roster;

import static org.propertydesk.adapters.grpc.kernel.ProtoValues.timeOfDay;
import static org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.RequestFields;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.RosterAcknowledgement;
import org.propertydesk.adapters.grpc.v1.RosterAssignment;
import org.propertydesk.adapters.grpc.v1.RosterChange;
import org.propertydesk.adapters.grpc.v1.RosterChangeRequestState;
import org.propertydesk.adapters.grpc.v1.RosterDepartment;
import org.propertydesk.adapters.grpc.v1.RosterLatePublicationApproval;
import org.propertydesk.adapters.grpc.v1.RosterOnDuty;
import org.propertydesk.adapters.grpc.v1.RosterPostLeaving;
import org.propertydesk.adapters.grpc.v1.RosterPostLeavingKind;
import org.propertydesk.adapters.grpc.v1.RosterReplacement;
import org.propertydesk.adapters.grpc.v1.RosterShift;
import org.propertydesk.adapters.grpc.v1.RosterSickLeave;
import org.propertydesk.adapters.grpc.v1.RosterSwap;
import org.propertydesk.adapters.grpc.v1.RosterVersionState;
import org.propertydesk.adapters.grpc.v1.RosterViolation;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.ChangeRequest;
import org.propertydesk.domain.roster.ChangeRequestId;
import org.propertydesk.domain.roster.OnDuty;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.PostLeaving;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterRejection;
import org.propertydesk.domain.roster.RosterState;
import org.propertydesk.domain.roster.RosterVersion;
import org.propertydesk.domain.roster.Shift;

/** Rosters and their parts as {@code propertydesk.v1} messages, and the resource names they use. */
final class RosterMessages {

    static final ResourceName.Pattern ROSTER = ResourceName.Pattern.of("offices/{office}/rosters/{roster}");
    static final ResourceName.Pattern CHANGE_REQUEST =
            ResourceName.Pattern.of("offices/{office}/rosters/{roster}/changeRequests/{change_request}");
    static final ResourceName.Pattern POST = ResourceName.Pattern.of("offices/{office}/posts/{post}");

    private RosterMessages() {}

    static String rosterName(OfficeId office, RosterId roster) {
        return ROSTER.format(office, roster);
    }

    static String changeRequestName(OfficeId office, RosterId roster, ChangeRequestId change) {
        return CHANGE_REQUEST.format(office, roster, change);
    }

    static String postName(OfficeId office, PostId post) {
        return POST.format(office, post);
    }

    static String staffName(OfficeId office, StaffId staff) {
        return RequestFields.STAFF.format(office, staff);
    }

    /** The roster; its versions' assignments only when {@code full}, ordered by date, post, shift and staff. */
    static org.propertydesk.adapters.grpc.v1.Roster roster(Roster roster, boolean full) {
        OfficeId office = roster.office();
        org.propertydesk.adapters.grpc.v1.Roster.Builder message = org.propertydesk.adapters.grpc.v1.Roster.newBuilder()
                .setName(rosterName(office, roster.id()))
                .setDepartment(department(roster.department()))
                .setFirstDate(roster.period().first().toString())
                .setLastDate(roster.period().last().toString())
                .setCurrentVersion(roster.current().number())
                .setState(state(roster.current().state()))
                .setEtag(Etags.of(roster.version()));
        roster.posts().forEach(post -> message.addPosts(post(office, post)));
        roster.schedulers().toSortedSet(Comparator.comparing(StaffId::value))
                .forEach(staff -> message.addSchedulers(staffName(office, staff)));
        roster.latePublicationApproval().forEach(approval -> message.setLatePublicationApproval(
                RosterLatePublicationApproval.newBuilder()
                        .setApprovedBy(staffName(office, approval.approvedBy()))
                        .setApproveTime(timestamp(approval.approvedAt()))
                        .setReason(approval.reason())));
        roster.versions().forEach(version -> message.addVersions(version(roster, version, full)));
        roster.changes().forEach(change -> message.addChangeRequests(changeRequest(roster, change)));
        roster.leavings().forEach(leaving -> message.addPostLeavings(postLeaving(office, leaving)));
        return message.build();
    }

    static org.propertydesk.adapters.grpc.v1.RosterPost post(OfficeId office, Post post) {
        org.propertydesk.adapters.grpc.v1.RosterPost.Builder message = org.propertydesk.adapters.grpc.v1.RosterPost.newBuilder()
                .setName(postName(office, post.id()))
                .setDisplayName(post.name())
                .setDepartment(department(post.department()))
                .setSupervisor(staffName(office, post.supervisor()))
                .setAroundTheClock(post.aroundTheClock())
                .setWorkingDaysOnly(post.workingDaysOnly())
                .setDutyManagerPost(post.dutyManagerPost());
        for (Shift shift : post.pattern().shifts()) {
            RosterShift.Builder line = RosterShift.newBuilder()
                    .setCode(shift.code())
                    .setStartTime(timeOfDay(shift.start(), false))
                    .setEndTime(timeOfDay(shift.end(), true))
                    .setOrdinaryStaffing(post.staffing(shift).ordinary())
                    .setHolidayStaffing(post.staffing(shift).holiday());
            shift.mealBreak().forEach(window -> line
                    .setMealBreakStartTime(timeOfDay(window.start(), false))
                    .setMealBreakEndTime(timeOfDay(window.end(), true)));
            message.addShifts(line);
        }
        return message.build();
    }

    private static org.propertydesk.adapters.grpc.v1.RosterVersion version(Roster roster, RosterVersion version, boolean full) {
        OfficeId office = roster.office();
        org.propertydesk.adapters.grpc.v1.RosterVersion.Builder message = org.propertydesk.adapters.grpc.v1.RosterVersion.newBuilder()
                .setNumber(version.number())
                .setState(state(version.state()));
        if (full) {
            ordered(roster, version.assignments().toList()).forEach(assignment -> message.addAssignments(assignment(office, assignment)));
        }
        RosterVersion.Published published = null;
        if (version instanceof RosterVersion.Published current) {
            published = current;
        } else if (version instanceof RosterVersion.Superseded superseded) {
            published = superseded.withdrawn();
            message.setSupersededBy(superseded.supersededBy()).setSupersedeTime(timestamp(superseded.supersededAt()));
        }
        if (published != null) {
            message.setPublishedBy(staffName(office, published.publishedBy()))
                    .setPublishTime(timestamp(published.publishedAt()));
            published.issuedFor().forEach(change -> message.setIssuedFor(changeRequestName(office, roster.id(), change)));
            published.awaitingAcknowledgement().toSortedSet(Comparator.comparing(StaffId::value))
                    .forEach(staff -> message.addAwaitingAcknowledgement(staffName(office, staff)));
            published.acknowledged().toList()
                    .sorted(Comparator.comparing((io.vavr.Tuple2<StaffId, java.time.Instant> entry) -> entry._2)
                            .thenComparing(entry -> entry._1.value()))
                    .forEach(entry -> message.addAcknowledgements(RosterAcknowledgement.newBuilder()
                            .setStaff(staffName(office, entry._1))
                            .setAcknowledgeTime(timestamp(entry._2))));
        }
        return message.build();
    }

    /** Assignments by date, then the post's and the shift's order in the roster, then staff. */
    static Seq<Assignment> ordered(Roster roster, Seq<Assignment> assignments) {
        Comparator<Assignment> byDate = Comparator.comparing(Assignment::date);
        return assignments.sorted(byDate
                .thenComparing(assignment -> roster.posts().indexWhere(post -> post.id().equals(assignment.post())))
                .thenComparing(assignment -> roster.post(assignment.post())
                        .map(post -> post.pattern().shifts().indexWhere(shift -> shift.code().equals(assignment.shift())))
                        .getOrElse(-1))
                .thenComparing(assignment -> assignment.staff().value()));
    }

    static RosterAssignment assignment(OfficeId office, Assignment assignment) {
        RosterAssignment.Builder message = RosterAssignment.newBuilder()
                .setStaff(staffName(office, assignment.staff()))
                .setPost(postName(office, assignment.post()))
                .setShift(assignment.shift())
                .setDate(assignment.date().toString());
        assignment.mealBreak().forEach(window -> message
                .setMealBreakStartTime(timeOfDay(window.start(), false))
                .setMealBreakEndTime(timeOfDay(window.end(), true)));
        return message.build();
    }

    private static org.propertydesk.adapters.grpc.v1.RosterChangeRequest changeRequest(Roster roster, ChangeRequest change) {
        OfficeId office = roster.office();
        org.propertydesk.adapters.grpc.v1.RosterChangeRequest.Builder message =
                org.propertydesk.adapters.grpc.v1.RosterChangeRequest.newBuilder()
                        .setName(changeRequestName(office, roster.id(), change.id()))
                        .setChange(change(office, change.kind()))
                        .setRequestedBy(staffName(office, change.requestedBy()))
                        .setRequestTime(timestamp(change.requestedAt()))
                        .setReason(change.reason());
        if (change.decision() instanceof ChangeRequest.Approved approved) {
            message.setState(RosterChangeRequestState.ROSTER_CHANGE_REQUEST_STATE_APPROVED)
                    .setDecidedBy(staffName(office, approved.by()))
                    .setDecideTime(timestamp(approved.at()))
                    .setIssuedVersion(approved.issuedVersion());
        } else if (change.decision() instanceof ChangeRequest.Rejected rejected) {
            message.setState(RosterChangeRequestState.ROSTER_CHANGE_REQUEST_STATE_REJECTED)
                    .setDecidedBy(staffName(office, rejected.by()))
                    .setDecideTime(timestamp(rejected.at()))
                    .setRejectionReason(rejected.reason());
        } else {
            message.setState(RosterChangeRequestState.ROSTER_CHANGE_REQUEST_STATE_PENDING);
        }
        return message.build();
    }

    private static RosterChange change(OfficeId office, ChangeKind kind) {
        if (kind instanceof ChangeKind.Swap swap) {
            return RosterChange.newBuilder().setSwap(RosterSwap.newBuilder()
                    .setFirst(assignment(office, swap.first()))
                    .setSecond(assignment(office, swap.second()))).build();
        }
        if (kind instanceof ChangeKind.Replacement replacement) {
            return RosterChange.newBuilder().setReplacement(RosterReplacement.newBuilder()
                    .setAssignment(assignment(office, replacement.assignment()))
                    .setReplacement(staffName(office, replacement.replacement()))).build();
        }
        ChangeKind.SickLeave sick = (ChangeKind.SickLeave) kind;
        RosterSickLeave.Builder message = RosterSickLeave.newBuilder()
                .setAssignment(assignment(office, sick.assignment()))
                .setCertificate(sick.certificate().getOrElse(""));
        sick.replacement().forEach(staff -> message.setReplacement(staffName(office, staff)));
        return RosterChange.newBuilder().setSickLeave(message).build();
    }

    private static RosterPostLeaving postLeaving(OfficeId office, PostLeaving leaving) {
        RosterPostLeaving.Builder message = RosterPostLeaving.newBuilder()
                .setStaff(staffName(office, leaving.staff()))
                .setPost(postName(office, leaving.post()))
                .setAwayStartTime(timestamp(leaving.away().start()))
                .setAwayEndTime(timestamp(leaving.away().end()));
        Option<StaffId> consent;
        Option<PostLeaving.Relief> relief;
        if (leaving instanceof PostLeaving.TemporaryAbsence absence) {
            message.setKind(RosterPostLeavingKind.ROSTER_POST_LEAVING_KIND_TEMPORARY_ABSENCE);
            consent = Option.some(absence.consentBy());
            relief = Option.some(absence.relief());
        } else {
            PostLeaving.LeftPost left = (PostLeaving.LeftPost) leaving;
            message.setKind(RosterPostLeavingKind.ROSTER_POST_LEAVING_KIND_LEFT_POST);
            consent = left.consentBy();
            relief = left.relief();
        }
        consent.forEach(staff -> message.setConsentBy(staffName(office, staff)));
        relief.forEach(standIn -> message.setRelief(staffName(office, standIn.staff()))
                .setReliefArriveTime(timestamp(standIn.arrivedAt())));
        return message.build();
    }

    static RosterViolation violation(OfficeId office, RosterRejection.RosterViolation violation) {
        RosterViolation.Builder message = RosterViolation.newBuilder()
                .setRuleId(violation.rule().id())
                .setReason(GrpcErrors.reasonOf(violation))
                .setDescription(violation.reason())
                .setPost(postName(office, violation.post()))
                .setDate(violation.date().toString())
                .setStartTime(timestamp(violation.interval().start()))
                .setEndTime(timestamp(violation.interval().end()));
        staffOf(violation).forEach(staff -> message.setStaff(staffName(office, staff)));
        return message.build();
    }

    private static Option<StaffId> staffOf(RosterRejection.RosterViolation violation) {
        if (violation instanceof RosterRejection.MealBreakOutsideShift fault) {
            return Option.some(fault.staff());
        }
        if (violation instanceof RosterRejection.DoubleBooking fault) {
            return Option.some(fault.staff());
        }
        if (violation instanceof RosterRejection.ShortRest fault) {
            return Option.some(fault.staff());
        }
        if (violation instanceof RosterRejection.TooManyConsecutiveNights fault) {
            return Option.some(fault.staff());
        }
        return Option.none();
    }

    static RosterOnDuty onDuty(OfficeId office, OnDuty duty) {
        return RosterOnDuty.newBuilder()
                .setPost(postName(office, duty.post()))
                .setStaff(staffName(office, duty.staff()))
                .setStartTime(timestamp(duty.interval().start()))
                .setEndTime(timestamp(duty.interval().end()))
                .build();
    }

    static RosterVersionState state(RosterState state) {
        switch (state) {
            case DRAFT:
                return RosterVersionState.ROSTER_VERSION_STATE_DRAFT;
            case PUBLISHED:
                return RosterVersionState.ROSTER_VERSION_STATE_PUBLISHED;
            case SUPERSEDED:
                return RosterVersionState.ROSTER_VERSION_STATE_SUPERSEDED;
            default:
                throw new IllegalArgumentException("unknown roster state " + state);
        }
    }

    static RosterDepartment department(Department department) {
        switch (department) {
            case CUSTOMER_SERVICE:
                return RosterDepartment.ROSTER_DEPARTMENT_CUSTOMER_SERVICE;
            case SECURITY:
                return RosterDepartment.ROSTER_DEPARTMENT_SECURITY;
            case ENGINEERING:
                return RosterDepartment.ROSTER_DEPARTMENT_ENGINEERING;
            case CLEANING:
                return RosterDepartment.ROSTER_DEPARTMENT_CLEANING;
            case GREENING:
                return RosterDepartment.ROSTER_DEPARTMENT_GREENING;
            case FINANCE:
                return RosterDepartment.ROSTER_DEPARTMENT_FINANCE;
            case ADMINISTRATION_HR:
                return RosterDepartment.ROSTER_DEPARTMENT_ADMINISTRATION_HR;
            default:
                throw new IllegalArgumentException("unknown department " + department);
        }
    }

    /** The domain's department of a proto value; empty for UNSPECIFIED and unknown numbers. */
    static Option<Department> department(RosterDepartment department) {
        switch (department) {
            case ROSTER_DEPARTMENT_CUSTOMER_SERVICE:
                return Option.some(Department.CUSTOMER_SERVICE);
            case ROSTER_DEPARTMENT_SECURITY:
                return Option.some(Department.SECURITY);
            case ROSTER_DEPARTMENT_ENGINEERING:
                return Option.some(Department.ENGINEERING);
            case ROSTER_DEPARTMENT_CLEANING:
                return Option.some(Department.CLEANING);
            case ROSTER_DEPARTMENT_GREENING:
                return Option.some(Department.GREENING);
            case ROSTER_DEPARTMENT_FINANCE:
                return Option.some(Department.FINANCE);
            case ROSTER_DEPARTMENT_ADMINISTRATION_HR:
                return Option.some(Department.ADMINISTRATION_HR);
            default:
                return Option.none();
        }
    }
}
