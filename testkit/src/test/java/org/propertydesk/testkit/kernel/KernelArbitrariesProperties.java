package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/** The kernel arbitraries are valid by construction: what the domain itself would accept. */
class KernelArbitrariesProperties {

    @Provide
    Arbitrary<Seq<StaffMember>> directories() {
        return KernelArbitraries.offices().flatMap(KernelArbitraries::directories);
    }

    @Property(tries = 200)
    @Label("K-4: every generated staff member is valid, has a superior on the same office's staff, and the line ends at one leader")
    void directoriesAreConsistent(@ForAll("directories") Seq<StaffMember> staff) {
        InMemoryDirectory directory = new InMemoryDirectory();
        staff.forEach(directory::register);

        assertThat(staff.map(StaffMember::id).distinct()).hasSameSizeAs(staff);
        assertThat(staff.map(StaffMember::office).distinct()).hasSize(1);
        assertThat(staff.filter(member -> member.role() == Role.COMPANY_LEADERSHIP)).hasSize(1);
        for (StaffMember member : staff) {
            assertThat(StaffMember.of(member.id(), member.office(), member.name(), member.role(), member.department(),
                            member.superior())
                    .isRight())
                    .isTrue();
            StaffMember step = member;
            int hops = 0;
            while (step.superior().isDefined()) {
                StaffId boss = step.superior().get();
                step = directory.staffMember(member.office(), boss).getOrElseThrow(() -> new AssertionError("superior missing"));
                assertThat(++hops).as("no cycles in the line").isLessThan(staff.size());
            }
            assertThat(step.role()).isEqualTo(Role.COMPANY_LEADERSHIP);
        }
    }

    @Property(tries = 200)
    @Label("K-3: every generated calendar has working days every week and keeps holidays apart from make-up days")
    void calendarsAreUsable(@ForAll("calendars") BusinessCalendar calendar) {
        assertThat(calendar.holidays().filter(calendar.makeUpWorkingDays()::contains)).isEmpty();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        for (int week = 0; week < 104; week += 13) {
            LocalDate start = monday.plusWeeks(week);
            assertThat(calendar.plusWorkingDays(start, 1)).isBefore(start.plusDays(30));
        }
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return KernelArbitraries.calendars();
    }
}
