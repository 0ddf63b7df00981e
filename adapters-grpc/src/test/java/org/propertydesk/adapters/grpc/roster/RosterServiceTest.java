package org.propertydesk.adapters.grpc.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.propertydesk.adapters.grpc.ServiceCalls.failure;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.GUARD;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.held;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.office;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.postName;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.staffName;
import static org.propertydesk.testkit.roster.OctoberOffice.*;

import com.google.rpc.PreconditionFailure;
import io.grpc.Status;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.InProcessDesk.Failure;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.ProtoValues;
import org.propertydesk.adapters.grpc.v1.AcknowledgeRosterRequest;
import org.propertydesk.adapters.grpc.v1.ApproveRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.CreateRosterRequest;
import org.propertydesk.adapters.grpc.v1.ExcuseLateRosterPublicationRequest;
import org.propertydesk.adapters.grpc.v1.GetRosterRequest;
import org.propertydesk.adapters.grpc.v1.ListRostersRequest;
import org.propertydesk.adapters.grpc.v1.ListRostersResponse;
import org.propertydesk.adapters.grpc.v1.PlanRosterAssignmentsRequest;
import org.propertydesk.adapters.grpc.v1.PublishRosterRequest;
import org.propertydesk.adapters.grpc.v1.RecordTemporaryAbsenceRequest;
import org.propertydesk.adapters.grpc.v1.RejectRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.RequestRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.RequestRosterChangeResponse;
import org.propertydesk.adapters.grpc.v1.Roster;
import org.propertydesk.adapters.grpc.v1.RosterAssignment;
import org.propertydesk.adapters.grpc.v1.RosterChange;
import org.propertydesk.adapters.grpc.v1.RosterChangeRequestState;
import org.propertydesk.adapters.grpc.v1.RosterPost;
import org.propertydesk.adapters.grpc.v1.RosterPostLeavingKind;
import org.propertydesk.adapters.grpc.v1.RosterReplacement;
import org.propertydesk.adapters.grpc.v1.RosterShift;
import org.propertydesk.adapters.grpc.v1.RosterSickLeave;
import org.propertydesk.adapters.grpc.v1.RosterVersionState;
import org.propertydesk.adapters.grpc.v1.RosterView;
import org.propertydesk.adapters.grpc.v1.RosterViolation;
import org.propertydesk.adapters.grpc.v1.ValidateRosterRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsOnDutyNowRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsOnPostRequest;
import org.propertydesk.adapters.grpc.v1.RosterDepartment;

/** What each RosterService RPC does for its callers, and the rules it answers with. */
@DisplayName("RosterService")
class RosterServiceTest {

    private final OctoberOverGrpc office = new OctoberOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        office.close();
    }

    private static void assertRejected(Failure failure, Status.Code code, String reason, String... ruleIds) {
        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.errorInfo().orElseThrow().getReason()).isEqualTo(reason);
        assertThat(failure.errorInfo().orElseThrow().getDomain()).isEqualTo(GrpcErrors.DOMAIN);
        assertThat(failure.errorInfo().orElseThrow().getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, ruleIds[0])
                .containsEntry(GrpcErrors.RULE_IDS, String.join(",", ruleIds));
    }

    private static java.util.List<String> violations(Failure failure) {
        return failure.preconditionFailure().orElseThrow().getViolationsList().stream()
                .map(violation -> violation.getSubject() + " " + violation.getType()).distinct().collect(Collectors.toList());
    }

    @Nested
    @DisplayName("CreateRoster")
    class Create {

        @Test
        @DisplayName("a scheduler drafts October's roster: version 1, a draft, the five posts with their shifts")
        void drafts() {
            Roster roster = office.drafted();

            assertThat(roster.getName()).startsWith(office() + "/rosters/");
            assertThat(roster.getState()).isEqualTo(RosterVersionState.ROSTER_VERSION_STATE_DRAFT);
            assertThat(roster.getCurrentVersion()).isEqualTo(1);
            assertThat(roster.getEtag()).isEqualTo("v0");
            assertThat(roster.getDepartment()).isEqualTo(RosterDepartment.ROSTER_DEPARTMENT_CUSTOMER_SERVICE);
            assertThat(roster.getPostsList()).extracting(RosterPost::getDisplayName)
                    .containsExactly("lobby", "CCTV room", "front desk", "residential desk", "duty manager");
            assertThat(roster.getPosts(0).getShiftsList()).extracting(RosterShift::getCode, RosterShift::getStartTime, RosterShift::getEndTime)
                    .containsExactly(tuple("N", "00:00", "08:00"), tuple("D", "08:00", "16:00"), tuple("E", "16:00", "24:00"));
            assertThat(roster.getPosts(0).getShifts(1).getHolidayStaffing()).isEqualTo(2);
            assertThat(roster.getPosts(2).getShifts(0).getMealBreakStartTime()).isEqualTo("12:00");
            assertThat(roster.getSchedulersList()).containsExactly(staffName(SCHEDULER));
        }

        @Test
        @DisplayName("malformed posts and shifts are INVALID_ARGUMENT naming every bad field by its path")
        void malformed() {
            CreateRosterRequest valid = OctoberOverGrpc.draftRequest();
            Roster.Builder roster = valid.getRoster().toBuilder()
                    .setFirstDate("2026-10-32")
                    .setDepartment(RosterDepartment.ROSTER_DEPARTMENT_UNSPECIFIED);
            roster.setPosts(0, roster.getPosts(0).toBuilder()
                    .setShifts(1, roster.getPosts(0).getShifts(1).toBuilder().setCode("N").setStartTime("25:00"))
                    .setShifts(2, roster.getPosts(0).getShifts(2).toBuilder().setOrdinaryStaffing(3).setHolidayStaffing(2)));
            roster.setPosts(2, roster.getPosts(2).toBuilder()
                    .setShifts(0, roster.getPosts(2).getShifts(0).toBuilder().setMealBreakStartTime("13:00").setMealBreakEndTime("12:30")));
            roster.setPosts(4, roster.getPosts(4).toBuilder().clearShifts().setSupervisor("offices/x/staff/y"));

            Failure failure = failure(() -> office.as("scheduler").createRoster(valid.toBuilder().setRoster(roster).build()));

            assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(failure.badFields()).containsExactly(
                    "roster.department",
                    "roster.first_date",
                    "roster.posts[0].shifts[1].code",
                    "roster.posts[0].shifts[1].start_time",
                    "roster.posts[0].shifts[2].holiday_staffing",
                    "roster.posts[2].shifts[0].meal_break_end_time",
                    "roster.posts[4].supervisor",
                    "roster.posts[4].shifts");
        }

        @Test
        @DisplayName("R-RO-3: a roster without a duty-manager post is FAILED_PRECONDITION")
        void needsDutyManagerPost() {
            CreateRosterRequest valid = OctoberOverGrpc.draftRequest();

            Failure failure = failure(() -> office.as("scheduler").createRoster(
                    valid.toBuilder().setRoster(valid.getRoster().toBuilder().removePosts(4)).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NO_DUTY_MANAGER_POST", "R-RO-3");
            assertThat(violations(failure)).containsExactly("R-RO-3 NO_DUTY_MANAGER_POST");
        }

        @Test
        @DisplayName("R-RO-5: a front-desk clerk may not draft a roster: PERMISSION_DENIED")
        void onlySchedulers() {
            Failure failure = failure(() -> office.as("clerk").createRoster(OctoberOverGrpc.draftRequest()));

            assertRejected(failure, Status.Code.PERMISSION_DENIED, "NOT_SCHEDULER", "R-RO-5");
        }
    }

    @Nested
    @DisplayName("GetRoster and ListRosters")
    class Reading {

        @Test
        @DisplayName("the published roster reads as a table: every assignment with its staff, post, shift and date, in order")
        void publishedRosterAsTable() {
            Roster published = office.published();

            Roster read = office.as("guard").getRoster(GetRosterRequest.newBuilder().setName(published.getName()).build()).getRoster();

            assertThat(read).isEqualTo(published);
            java.util.List<RosterAssignment> table = read.getVersions(0).getAssignmentsList();
            assertThat(table).hasSize(assignments().distinct().size());
            assertThat(table.get(0)).isEqualTo(RosterAssignment.newBuilder()
                    .setStaff(staffName(LOBBY_GUARDS.get(0))).setPost(postName(LOBBY)).setShift("N").setDate("2026-10-01").build());
            assertThat(table).extracting(RosterAssignment::getDate).isSorted();
            assertThat(read.getVersions(0).getPublishedBy()).isEqualTo(staffName(SCHEDULER));
            assertThat(read.getVersions(0).getAwaitingAcknowledgementList()).contains(staffName(GUARD));
        }

        @Test
        @DisplayName("the BASIC view leaves the assignments out")
        void basicView() {
            Roster published = office.published();

            Roster read = office.as("guard").getRoster(GetRosterRequest.newBuilder()
                    .setName(published.getName()).setView(RosterView.ROSTER_VIEW_BASIC).build()).getRoster();

            assertThat(read.getVersions(0).getAssignmentsCount()).isZero();
            assertThat(read.getPostsCount()).isEqualTo(5);
        }

        @Test
        @DisplayName("rosters are listed page by page, and only those sharing a date with the range asked for")
        void listsPageByPage() {
            Roster october = office.drafted();
            Roster november = office.as("scheduler").createRoster(OctoberOverGrpc.draftRequest().toBuilder()
                    .setRoster(OctoberOverGrpc.draftRequest().getRoster().toBuilder().setFirstDate("2026-11-01").setLastDate("2026-11-30"))
                    .build()).getRoster();

            ListRostersResponse first = office.as("guard").listRosters(ListRostersRequest.newBuilder()
                    .setParent(office()).setPageSize(1).build());
            ListRostersResponse second = office.as("guard").listRosters(ListRostersRequest.newBuilder()
                    .setParent(office()).setPageSize(1).setPageToken(first.getNextPageToken()).build());
            ListRostersResponse ofNovember = office.as("guard").listRosters(ListRostersRequest.newBuilder()
                    .setParent(office()).setFirstDate("2026-11-15").build());

            assertThat(first.getRostersList()).extracting(Roster::getName).containsExactly(october.getName());
            assertThat(second.getRostersList()).extracting(Roster::getName).containsExactly(november.getName());
            assertThat(second.getNextPageToken()).isEmpty();
            assertThat(ofNovember.getRostersList()).extracting(Roster::getName).containsExactly(november.getName());
        }

        @Test
        @DisplayName("a page token of another listing, an inverted range and an unknown view are INVALID_ARGUMENT")
        void badListing() {
            office.drafted();
            office.as("scheduler").createRoster(OctoberOverGrpc.draftRequest().toBuilder()
                    .setRoster(OctoberOverGrpc.draftRequest().getRoster().toBuilder().setFirstDate("2026-11-01").setLastDate("2026-11-30"))
                    .build());
            String token = office.as("guard").listRosters(ListRostersRequest.newBuilder().setParent(office()).setPageSize(1).build())
                    .getNextPageToken();

            Failure failure = failure(() -> office.as("guard").listRosters(ListRostersRequest.newBuilder()
                    .setParent(office()).setPageToken(token).setFirstDate("2026-12-01").setLastDate("2026-11-01")
                    .setViewValue(7).build()));

            assertThat(failure.badFields()).containsExactly("last_date", "view", "page_token");
        }
    }

    @Nested
    @DisplayName("PlanRosterAssignments and ValidateRoster")
    class Planning {

        @Test
        @DisplayName("a scheduler plans the month; the roster validates without a violation")
        void plansAndValidates() {
            Roster planned = office.planned();

            assertThat(planned.getEtag()).isEqualTo("v1");
            assertThat(planned.getVersions(0).getAssignmentsCount()).isEqualTo(assignments().distinct().size());
            assertThat(office.as("guard").validateRoster(ValidateRosterRequest.newBuilder().setName(planned.getName()).build())
                    .getViolationsList()).isEmpty();
        }

        @Test
        @DisplayName("R-RO-2, R-RO-3: an empty draft validates to its uncovered posts and the days without a manager on duty")
        void emptyDraftViolations() {
            Roster drafted = office.drafted();

            java.util.List<RosterViolation> violations = office.as("guard")
                    .validateRoster(ValidateRosterRequest.newBuilder().setName(drafted.getName()).build()).getViolationsList();

            assertThat(violations).extracting(RosterViolation::getRuleId).contains("R-RO-2", "R-RO-3");
            RosterViolation uncovered = violations.stream().filter(v -> v.getReason().equals("UNCOVERED")).findFirst().orElseThrow();
            assertThat(uncovered.getPost()).startsWith(office() + "/posts/");
            assertThat(uncovered.getDate()).startsWith("2026-10-");
            assertThat(uncovered.getEndTime().getSeconds()).isGreaterThan(uncovered.getStartTime().getSeconds());
        }

        @Test
        @DisplayName("R-RO-1, R-RO-2: assignments to an unknown shift, outside the period or on a post the roster lacks are all listed")
        void everyMisfitIsListed() {
            Roster drafted = office.drafted();
            RosterAssignment lobby = RosterAssignment.newBuilder().setStaff(staffName(GUARD)).setPost(postName(LOBBY))
                    .setShift("D").setDate("2026-10-02").build();

            Failure failure = failure(() -> office.as("scheduler").planRosterAssignments(PlanRosterAssignmentsRequest.newBuilder()
                    .setName(drafted.getName())
                    .addAdd(lobby.toBuilder().setShift("X"))
                    .addAdd(lobby.toBuilder().setDate("2026-11-02"))
                    .addAdd(lobby.toBuilder().setPost(office() + "/posts/00000000-0000-0000-0000-0000000000ff"))
                    .build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "UNKNOWN_SHIFT", "R-RO-1", "R-RO-2");
            assertThat(violations(failure)).containsExactly("R-RO-1 UNKNOWN_SHIFT", "R-RO-1 OUTSIDE_PERIOD", "R-RO-2 UNKNOWN_POST");
        }

        @Test
        @DisplayName("R-RO-5: only a scheduler plans: PERMISSION_DENIED for a guard")
        void onlySchedulersPlan() {
            Roster drafted = office.drafted();

            Failure failure = failure(() -> office.as("guard").planRosterAssignments(PlanRosterAssignmentsRequest.newBuilder()
                    .setName(drafted.getName()).addAllAdd(OctoberOverGrpc.october().subList(0, 3)).build()));

            assertRejected(failure, Status.Code.PERMISSION_DENIED, "NOT_SCHEDULER", "R-RO-5");
        }

        @Test
        @DisplayName("malformed assignments are INVALID_ARGUMENT naming each by its index")
        void malformedAssignments() {
            Roster drafted = office.drafted();

            Failure failure = failure(() -> office.as("scheduler").planRosterAssignments(PlanRosterAssignmentsRequest.newBuilder()
                    .setName(drafted.getName())
                    .addAdd(RosterAssignment.newBuilder().setStaff(staffName(GUARD)).setPost(postName(LOBBY)).setShift("D")
                            .setDate("2026-02-30").setMealBreakStartTime("12:00"))
                    .addRemove(RosterAssignment.newBuilder().setStaff("guard 11").setPost(postName(LOBBY)).setShift("D").setDate("2026-10-02"))
                    .setEtag("seven")
                    .build()));

            assertThat(failure.badFields()).containsExactly(
                    "add[0].date", "add[0].meal_break_end_time", "remove[0].staff", "etag");
        }

        @Test
        @DisplayName("R-RO-6: a published roster is no longer planned: FAILED_PRECONDITION")
        void publishedIsNotPlanned() {
            Roster published = office.published();

            Failure failure = failure(() -> office.as("scheduler").planRosterAssignments(PlanRosterAssignmentsRequest.newBuilder()
                    .setName(published.getName()).addAllAdd(OctoberOverGrpc.october().subList(0, 1)).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NOT_A_DRAFT", "R-RO-6");
        }
    }

    @Nested
    @DisplayName("ExcuseLateRosterPublication and PublishRoster")
    class Publishing {

        @Test
        @DisplayName("R-RO-5: published on 25 September, after the 国庆节 deadline, it is refused until the manager excuses it")
        void lateNeedsException() {
            Roster planned = office.planned();
            office.setClock(LocalDate.of(2026, 9, 25), 10, 0);

            Failure late = failure(() -> office.as("scheduler").publishRoster(PublishRosterRequest.newBuilder()
                    .setName(planned.getName()).build()));
            Failure notEntitled = failure(() -> office.as("scheduler").excuseLateRosterPublication(
                    ExcuseLateRosterPublicationRequest.newBuilder().setName(planned.getName()).setReason("please").build()));
            Roster excused = office.as("manager").excuseLateRosterPublication(ExcuseLateRosterPublicationRequest.newBuilder()
                    .setName(planned.getName()).setReason("new CCTV room opened").setEtag(planned.getEtag()).build()).getRoster();
            Roster published = office.as("scheduler").publishRoster(PublishRosterRequest.newBuilder()
                    .setName(planned.getName()).setEtag(excused.getEtag()).build()).getRoster();

            assertRejected(late, Status.Code.FAILED_PRECONDITION, "LATE_PUBLICATION", "R-RO-5");
            assertRejected(notEntitled, Status.Code.PERMISSION_DENIED, "NOT_ENTITLED_TO_EXCUSE_LATENESS", "R-RO-5");
            assertThat(excused.getLatePublicationApproval().getApprovedBy()).isEqualTo(staffName(SERVICE_MANAGER));
            assertThat(excused.getLatePublicationApproval().getReason()).isEqualTo("new CCTV room opened");
            assertThat(published.getState()).isEqualTo(RosterVersionState.ROSTER_VERSION_STATE_PUBLISHED);
        }

        @Test
        @DisplayName("R-RO-2, R-RO-3: an empty draft is not published; the refusal lists every violated rule")
        void invalidIsNotPublished() {
            Roster drafted = office.drafted();
            office.setClock(LocalDate.of(2026, 9, 20), 10, 0);

            Failure failure = failure(() -> office.as("scheduler").publishRoster(PublishRosterRequest.newBuilder()
                    .setName(drafted.getName()).build()));

            assertThat(failure.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
            assertThat(failure.errorInfo().orElseThrow().getMetadataMap().get(GrpcErrors.RULE_IDS)).contains("R-RO-2").contains("R-RO-3");
            assertThat(failure.preconditionFailure().orElseThrow().getViolationsList()).extracting(PreconditionFailure.Violation::getSubject)
                    .contains("R-RO-2", "R-RO-3");
        }

        @Test
        @DisplayName("R-RO-6: an excuse for a roster already published is FAILED_PRECONDITION")
        void nothingToExcuse() {
            Roster published = office.published();

            Failure failure = failure(() -> office.as("manager").excuseLateRosterPublication(
                    ExcuseLateRosterPublicationRequest.newBuilder().setName(published.getName()).setReason("late").build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NOT_A_DRAFT", "R-RO-6");
        }
    }

    @Nested
    @DisplayName("RequestRosterChange, ApproveRosterChange, RejectRosterChange, AcknowledgeRoster")
    class Changes {

        private RequestRosterChangeResponse replacementAsked() {
            return office.as("scheduler").requestRosterChange(RosterServiceContractTest.changeRequested(office));
        }

        @Test
        @DisplayName("R-RO-6: the lobby supervisor approves a replacement; version 2 is issued to those affected, version 1 withdrawn")
        void approvedReplacement() {
            RequestRosterChangeResponse asked = replacementAsked();
            assertThat(asked.getChangeRequest()).startsWith(asked.getRoster().getName() + "/changeRequests/");
            assertThat(asked.getRoster().getChangeRequests(0).getState()).isEqualTo(RosterChangeRequestState.ROSTER_CHANGE_REQUEST_STATE_PENDING);

            Roster approved = office.as("supervisor").approveRosterChange(ApproveRosterChangeRequest.newBuilder()
                    .setName(asked.getChangeRequest()).setEtag(asked.getRoster().getEtag()).build()).getRoster();

            assertThat(approved.getCurrentVersion()).isEqualTo(2);
            assertThat(approved.getVersions(0).getState()).isEqualTo(RosterVersionState.ROSTER_VERSION_STATE_SUPERSEDED);
            assertThat(approved.getVersions(0).getSupersededBy()).isEqualTo(2);
            assertThat(approved.getVersions(1).getIssuedFor()).isEqualTo(asked.getChangeRequest());
            assertThat(approved.getVersions(1).getAwaitingAcknowledgementList()).contains(staffName(RESERVE));
            assertThat(approved.getChangeRequests(0).getState()).isEqualTo(RosterChangeRequestState.ROSTER_CHANGE_REQUEST_STATE_APPROVED);
            assertThat(approved.getChangeRequests(0).getIssuedVersion()).isEqualTo(2);
            assertThat(approved.getVersions(1).getAssignmentsList()).anyMatch(assignment -> assignment.getStaff().equals(staffName(RESERVE))
                    && assignment.getPost().equals(postName(LOBBY)) && assignment.getDate().equals("2026-10-15"));
        }

        @Test
        @DisplayName("R-RO-6: the customer-service manager is not above the lobby's supervisor: PERMISSION_DENIED")
        void onlyThePostsSupervisorApproves() {
            RequestRosterChangeResponse asked = replacementAsked();

            Failure failure = failure(() -> office.as("manager").approveRosterChange(ApproveRosterChangeRequest.newBuilder()
                    .setName(asked.getChangeRequest()).build()));

            assertRejected(failure, Status.Code.PERMISSION_DENIED, "NOT_SUPERVISOR_OF_POST", "R-RO-6");
        }

        @Test
        @DisplayName("a change request the roster does not have is NOT_FOUND under its name")
        void unknownChangeRequest() {
            RequestRosterChangeResponse asked = replacementAsked();
            String unknown = asked.getRoster().getName() + "/changeRequests/0000dead-0000-0000-0000-000000000009";

            Failure failure = failure(() -> office.as("supervisor").approveRosterChange(ApproveRosterChangeRequest.newBuilder()
                    .setName(unknown).build()));

            assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
            assertThat(failure.resourceInfo().orElseThrow().getResourceName()).isEqualTo(unknown);
        }

        @Test
        @DisplayName("R-RO-6: a rejected change stays rejected; deciding it again is FAILED_PRECONDITION")
        void rejectedOnce() {
            RequestRosterChangeResponse asked = replacementAsked();

            Roster rejected = office.as("supervisor").rejectRosterChange(RejectRosterChangeRequest.newBuilder()
                    .setName(asked.getChangeRequest()).setReason("exam week is busy").build()).getRoster();
            Failure again = failure(() -> office.as("supervisor").rejectRosterChange(RejectRosterChangeRequest.newBuilder()
                    .setName(asked.getChangeRequest()).setReason("still busy").build()));

            assertThat(rejected.getChangeRequests(0).getState()).isEqualTo(RosterChangeRequestState.ROSTER_CHANGE_REQUEST_STATE_REJECTED);
            assertThat(rejected.getChangeRequests(0).getRejectionReason()).isEqualTo("exam week is busy");
            assertThat(rejected.getCurrentVersion()).isEqualTo(1);
            assertRejected(again, Status.Code.FAILED_PRECONDITION, "CHANGE_ALREADY_DECIDED", "R-RO-6");
        }

        @Test
        @DisplayName("R-RO-6: sick leave without a certificate and a replacement is refused for both")
        void sickLeaveNeedsCertificateAndReplacement() {
            Roster published = office.published();
            office.setClock(LocalDate.of(2026, 10, 12), 9, 0);

            Failure failure = failure(() -> office.as("scheduler").requestRosterChange(RequestRosterChangeRequest.newBuilder()
                    .setName(published.getName())
                    .setChange(RosterChange.newBuilder().setSickLeave(RosterSickLeave.newBuilder()
                            .setAssignment(held(published, LOBBY, "D", LocalDate.of(2026, 10, 15)))))
                    .setReason("flu")
                    .build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "MISSING_CERTIFICATE", "R-RO-6");
            assertThat(violations(failure)).containsExactly("R-RO-6 MISSING_CERTIFICATE", "R-RO-6 MISSING_REPLACEMENT");
        }

        @Test
        @DisplayName("R-RO-6: a replacement asked for less than 24 hours ahead is FAILED_PRECONDITION")
        void lateChangeRequest() {
            Roster published = office.published();
            office.setClock(LocalDate.of(2026, 10, 14), 12, 0);

            Failure failure = failure(() -> office.as("scheduler").requestRosterChange(RequestRosterChangeRequest.newBuilder()
                    .setName(published.getName())
                    .setChange(RosterChange.newBuilder().setReplacement(RosterReplacement.newBuilder()
                            .setAssignment(held(published, LOBBY, "D", LocalDate.of(2026, 10, 15))).setReplacement(staffName(RESERVE))))
                    .setReason("exam")
                    .build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "LATE_CHANGE_REQUEST", "R-RO-6");
        }

        @Test
        @DisplayName("R-RO-6: a guard acknowledges version 1; the reserve, issued nothing, has nothing to acknowledge")
        void acknowledges() {
            Roster published = office.published();

            Roster acknowledged = office.as("guard").acknowledgeRoster(AcknowledgeRosterRequest.newBuilder()
                    .setName(published.getName()).setVersion(1).build()).getRoster();
            Failure failure = failure(() -> office.as("reserve").acknowledgeRoster(AcknowledgeRosterRequest.newBuilder()
                    .setName(published.getName()).setVersion(1).build()));

            assertThat(acknowledged.getVersions(0).getAcknowledgementsList()).extracting(a -> a.getStaff()).containsExactly(staffName(GUARD));
            assertThat(acknowledged.getVersions(0).getAwaitingAcknowledgementList()).doesNotContain(staffName(GUARD));
            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NOTHING_TO_ACKNOWLEDGE", "R-RO-6");
        }
    }

    @Nested
    @DisplayName("RecordTemporaryAbsence, WhoIsOnPost, WhoIsOnDutyNow")
    class OnDuty {

        private final LocalDate oct14 = LocalDate.of(2026, 10, 14);

        private RecordTemporaryAbsenceRequest.Builder errand(Roster roster) {
            return RecordTemporaryAbsenceRequest.newBuilder()
                    .setName(roster.getName())
                    .setPost(postName(LOBBY))
                    .setAwayStartTime(ProtoValues.timestamp(at(oct14, 10, 0)))
                    .setAwayEndTime(ProtoValues.timestamp(at(oct14, 10, 30)))
                    .setConsentBy(staffName(SECURITY_SUPERVISOR));
        }

        @Test
        @DisplayName("R-RO-7: with consent and the relief there first it is an absence, and the relief stands the post")
        void temporaryAbsence() {
            Roster published = office.published();
            assertThat(office.as("guard").whoIsOnPost(WhoIsOnPostRequest.newBuilder().setPost(postName(LOBBY))
                    .setTime(ProtoValues.timestamp(at(oct14, 10, 10))).build()).getOnDutyList())
                    .extracting(duty -> duty.getStaff()).contains(staffName(GUARD));

            Roster recorded = office.as("guard").recordTemporaryAbsence(errand(published)
                    .setRelief(staffName(RESERVE)).setReliefArriveTime(ProtoValues.timestamp(at(oct14, 9, 55))).build()).getRoster();

            assertThat(recorded.getPostLeavings(0).getKind()).isEqualTo(RosterPostLeavingKind.ROSTER_POST_LEAVING_KIND_TEMPORARY_ABSENCE);
            assertThat(office.as("guard").whoIsOnPost(WhoIsOnPostRequest.newBuilder().setPost(postName(LOBBY))
                    .setTime(ProtoValues.timestamp(at(oct14, 10, 10))).build()).getOnDutyList())
                    .extracting(duty -> duty.getStaff()).contains(staffName(RESERVE)).doesNotContain(staffName(GUARD));
        }

        @Test
        @DisplayName("R-RO-7: leaving without a relief is recorded as leaving the post")
        void leftPost() {
            Roster published = office.published();

            Roster recorded = office.as("guard").recordTemporaryAbsence(errand(published).build()).getRoster();

            assertThat(recorded.getPostLeavings(0).getKind()).isEqualTo(RosterPostLeavingKind.ROSTER_POST_LEAVING_KIND_LEFT_POST);
            assertThat(recorded.getPostLeavings(0).getConsentBy()).isEqualTo(staffName(SECURITY_SUPERVISOR));
        }

        @Test
        @DisplayName("R-RO-7: someone not rostered on the post then cannot record leaving it: FAILED_PRECONDITION")
        void notOnPost() {
            Roster published = office.published();

            Failure failure = failure(() -> office.as("reserve").recordTemporaryAbsence(errand(published).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NOT_ON_POST", "R-RO-7");
        }

        @Test
        @DisplayName("an absence that ends before it starts, or a relief without an arrival, is INVALID_ARGUMENT")
        void malformedAbsence() {
            Roster published = office.published();

            Failure failure = failure(() -> office.as("guard").recordTemporaryAbsence(errand(published)
                    .setAwayEndTime(ProtoValues.timestamp(at(oct14, 9, 0))).setRelief(staffName(RESERVE)).build()));

            assertThat(failure.badFields()).containsExactly("away_end_time", "relief_arrive_time");
        }

        @Test
        @DisplayName("who is on duty now: the rostered staff of every post, by their shifts")
        void onDutyNow() {
            office.published();
            office.setClock(oct14, 10, 10);

            var onDuty = office.as("guard").whoIsOnDutyNow(WhoIsOnDutyNowRequest.newBuilder().setOffice(office()).build()).getOnDutyList();

            assertThat(onDuty).extracting(duty -> duty.getPost())
                    .contains(postName(LOBBY), postName(CCTV), postName(FRONT_DESK), postName(RESIDENTIAL), postName(DUTY_MANAGER));
            assertThat(onDuty).filteredOn(duty -> duty.getStaff().equals(staffName(GUARD)))
                    .singleElement().satisfies(duty -> assertThat(duty.getStartTime()).isEqualTo(ProtoValues.timestamp(at(oct14, 8, 0))));
        }

        @Test
        @DisplayName("a time outside 1900–9999 is INVALID_ARGUMENT")
        void timeOutOfRange() {
            Failure failure = failure(() -> office.as("guard").whoIsOnPost(WhoIsOnPostRequest.newBuilder().setPost(postName(LOBBY))
                    .setTime(com.google.protobuf.Timestamp.newBuilder().setSeconds(-62_135_596_800L)).build()));

            assertThat(failure.badFields()).containsExactly("time");
        }
    }
}
