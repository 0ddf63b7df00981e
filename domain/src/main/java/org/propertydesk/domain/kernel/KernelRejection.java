package org.propertydesk.domain.kernel;

import io.vavr.collection.Set;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Why shared-kernel data (staff, calendars) was refused. One record per reason; each names its
 * rule.
 */
public sealed interface KernelRejection extends Rejection {

    /** A staff member must have a name to be addressed by (K-4). */
    record BlankStaffName() implements KernelRejection {
        @Override
        public Rule rule() {
            return Rule.K_4;
        }

        @Override
        public String reason() {
            return "a staff member needs a name";
        }
    }

    /** Each staff member has one direct superior, who is someone else (K-4). */
    record OwnSuperior(StaffId staff) implements KernelRejection {
        @Override
        public Rule rule() {
            return Rule.K_4;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " cannot be their own direct superior";
        }
    }

    /** Only company leadership stands at the top of the line; everyone else has a superior (K-4). */
    record MissingSuperior(StaffId staff, Role role) implements KernelRejection {
        @Override
        public Rule rule() {
            return Rule.K_4;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " (" + role + ") needs a direct superior";
        }
    }

    /** A working window of the business calendar ends after it starts (K-3). */
    record InvertedTimeWindow(LocalTime start, LocalTime end) implements KernelRejection {
        @Override
        public Rule rule() {
            return Rule.K_3;
        }

        @Override
        public String reason() {
            return "a working window must end after it starts, but " + TimeWindow.format(start, end)
                    + " does not (write 00:00 as the end for midnight)";
        }
    }

    /** Working hours have at least one window (K-3). */
    record NoWorkingWindows() implements KernelRejection {
        @Override
        public Rule rule() {
            return Rule.K_3;
        }

        @Override
        public String reason() {
            return "working hours need at least one working window";
        }
    }

    /** The windows of a working day do not overlap (K-3). */
    record OverlappingWindows(TimeWindow first, TimeWindow second) implements KernelRejection {
        @Override
        public Rule rule() {
            return Rule.K_3;
        }

        @Override
        public String reason() {
            return "working windows " + first + " and " + second + " overlap";
        }
    }

    /** A date is either a statutory holiday or a make-up working day, not both (K-3). */
    record HolidayAndMakeUpWorkingDay(LocalDate date) implements KernelRejection {
        @Override
        public Rule rule() {
            return Rule.K_3;
        }

        @Override
        public String reason() {
            return date + " cannot be both a statutory holiday and a make-up working day";
        }
    }

    /** Some day of the week is a working day, or no deadline in working days could ever end (K-3). */
    record NoWorkingWeekday(Set<DayOfWeek> weekend) implements KernelRejection {
        @Override
        public Rule rule() {
            return Rule.K_3;
        }

        @Override
        public String reason() {
            return "the weekend " + weekend.mkString(", ") + " leaves no working day in the week";
        }
    }

    /**
     * The audit trail records every access decision of the office, including its leadership's, so
     * only the office manager and company leadership read or verify it (R-CF-9).
     */
    record AuditTrailReserved(StaffId actor, Role role) implements KernelRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_9;
        }

        @Override
        public String reason() {
            return "only the office manager and company leadership read the audit trail, not a " + role;
        }

        /** Whether {@code role} may read and verify the office's audit trail. */
        public static boolean mayRead(Role role) {
            return role == Role.OFFICE_MANAGER || role.rank() == Role.Rank.LEADERSHIP;
        }
    }
}
