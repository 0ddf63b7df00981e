package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-4: a staff member stands in one department, in one role, under one direct superior")
class StaffMemberTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    private static final StaffId CLERK = new StaffId(new UUID(0, 1));
    private static final StaffId SUPERVISOR = new StaffId(new UUID(0, 2));

    @Test
    @DisplayName("K-4: an assistant under a supervisor is taken as given, name trimmed")
    void assistantUnderSupervisor() {
        StaffMember clerk = StaffMember.of(
                        CLERK, OFFICE, "  王芳 ", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, Option.some(SUPERVISOR))
                .get();

        assertThat(clerk.name()).isEqualTo("王芳");
        assertThat(clerk.superior()).contains(SUPERVISOR);
        assertThat(clerk.clearance()).isEqualTo(ClearanceLevel.INTERNAL);
    }

    @Test
    @DisplayName("K-4: every problem is reported at once — blank name, own superior")
    void everyProblemAtOnce() {
        Rejections<KernelRejection> refusal = StaffMember.of(
                        CLERK, OFFICE, " ", Role.CLEANER, Department.CLEANING, Option.some(CLERK))
                .getLeft();

        assertThat(refusal.reasons())
                .containsExactly(new KernelRejection.BlankStaffName(), new KernelRejection.OwnSuperior(CLERK));
        assertThat(refusal.rules()).containsExactly(Rule.K_4);
    }

    @Test
    @DisplayName("K-4: only company leadership stands without a direct superior")
    void onlyLeadershipWithoutSuperior() {
        assertThat(StaffMember.of(CLERK, OFFICE, "总经理", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR, Option.none())
                        .isRight())
                .isTrue();
        assertThat(StaffMember.of(CLERK, OFFICE, "经理", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, Option.none())
                        .getLeft()
                        .reasons())
                .containsExactly(new KernelRejection.MissingSuperior(CLERK, Role.OFFICE_MANAGER));
    }

    @Test
    @DisplayName("R-CF-2: clearance defaults to what circulates to the role, and may be granted higher")
    void clearanceDefaultsToRole() {
        StaffMember manager = StaffMember.of(
                        SUPERVISOR, OFFICE, "李经理", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, Option.some(CLERK))
                .get();

        assertThat(manager.clearedFor(ClearanceLevel.SECRET)).isTrue();
        assertThat(manager.clearedFor(ClearanceLevel.CONFIDENTIAL)).isFalse();
        assertThat(manager.withClearance(ClearanceLevel.CONFIDENTIAL).clearedFor(ClearanceLevel.CONFIDENTIAL)).isTrue();
    }

    @Test
    @DisplayName("a null where a value is required is a programming error, not a rejection")
    void nullIsProgrammingError() {
        assertThatThrownBy(() -> new StaffMember(
                        CLERK, null, "x", Role.CLEANER, Department.CLEANING, Option.none(), ClearanceLevel.INTERNAL))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("office");
    }
}
