package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * What PropertyDesk relies on from every {@link Directory}. Extend it in your tests, return a new,
 * empty directory of your implementation from {@link #newDirectory()}, and every behaviour below
 * is checked against it.
 */
public abstract class DirectoryContract {

    /** A new, empty directory; called once per test. */
    protected abstract Directory newDirectory();

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));

    private static StaffMember member(long id, OfficeId office, String name, Role role, Department department, Long superior) {
        return new StaffMember(new StaffId(new UUID(0, id)), office, name, role, department,
                Option.of(superior).map(boss -> new StaffId(new UUID(0, boss))), role.defaultClearance());
    }

    private final StaffMember leader = member(1, OFFICE, "周总", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR, null);
    private final StaffMember manager = member(2, OFFICE, "刘经理", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, 1L);
    private final StaffMember guard = member(3, OFFICE, "张保安", Role.SECURITY_OFFICER, Department.SECURITY, 2L);

    @Test
    @DisplayName("K-4: a registered staff member reads back field for field, superior and clearance included")
    void roundTrip() {
        Directory directory = newDirectory();
        StaffMember cleared = manager.withClearance(ClearanceLevel.CONFIDENTIAL);
        directory.register(leader);
        directory.register(cleared);

        assertThat(directory.staffMember(OFFICE, cleared.id())).contains(cleared);
        assertThat(directory.staffMember(OFFICE, leader.id())).contains(leader);
    }

    @Test
    @DisplayName("K-4: the direct superior is found through the line")
    void superior() {
        Directory directory = newDirectory();
        directory.register(leader);
        directory.register(manager);
        directory.register(guard);

        assertThat(directory.superiorOf(OFFICE, guard.id())).contains(manager);
        assertThat(directory.superiorOf(OFFICE, leader.id())).isEmpty();
    }

    @Test
    @DisplayName("K-1: staff are scoped to their office — the same id in another office is someone else")
    void isolatedByOffice() {
        Directory directory = newDirectory();
        directory.register(guard);
        StaffMember namesake = member(3, OTHER_OFFICE, "李保洁", Role.CLEANER, Department.CLEANING, 9L);
        directory.register(namesake);

        assertThat(directory.staffMember(OFFICE, guard.id())).contains(guard);
        assertThat(directory.staffMember(OTHER_OFFICE, guard.id())).contains(namesake);
        assertThat(directory.staffOf(OFFICE)).containsExactly(guard);
        assertThat(directory.staffOf(new OfficeId(new UUID(7, 7)))).isEmpty();
    }

    @Test
    @DisplayName("K-4: registering a staff member again replaces the old record (a promotion, a transfer)")
    void registerReplaces() {
        Directory directory = newDirectory();
        directory.register(guard);
        StaffMember promoted = new StaffMember(guard.id(), OFFICE, guard.name(), Role.SUPERVISOR, Department.SECURITY,
                guard.superior(), Role.SUPERVISOR.defaultClearance());
        directory.register(promoted);

        assertThat(directory.staffMember(OFFICE, guard.id())).contains(promoted);
        assertThat(directory.staffOf(OFFICE)).hasSize(1);
    }

    @Test
    @DisplayName("the office's staff come in a stable order, by id")
    void stableOrder() {
        Directory directory = newDirectory();
        directory.register(guard);
        directory.register(leader);
        directory.register(manager);

        assertThat(directory.staffOf(OFFICE)).containsExactly(leader, manager, guard);
        assertThat(directory.holding(OFFICE, Role.SECURITY_OFFICER)).containsExactly(guard);
        assertThat(directory.inDepartment(OFFICE, Department.ADMINISTRATION_HR)).containsExactly(leader, manager);
    }

    @Test
    @DisplayName("names in Chinese and with unusual characters survive storage")
    void unicodeNames() {
        Directory directory = newDirectory();
        StaffMember unusual = member(4, OFFICE, "欧阳 O'Brien; --𠀀", Role.CLEANER, Department.CLEANING, 2L);
        directory.register(unusual);

        assertThat(directory.staffMember(OFFICE, unusual.id()).map(StaffMember::name)).contains("欧阳 O'Brien; --𠀀");
    }
}
