package org.propertydesk.domain.kernel;

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
}
