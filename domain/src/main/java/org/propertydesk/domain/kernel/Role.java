package org.propertydesk.domain.kernel;

/**
 * The roles of K-4, from the operators on the ground to company leadership. A role says how a
 * staff member takes a request (R-FC-2..R-FC-4) and which classified material circulates to them
 * by default (R-CF-2).
 */
public enum Role {
    /** 秩序维护员: security operator. */
    SECURITY_OFFICER(Rank.OPERATOR),
    /** 保洁员: cleaner. */
    CLEANER(Rank.OPERATOR),
    /** 维修员: repairer. */
    REPAIRER(Rank.OPERATOR),
    /** 客服助理: customer-service assistant at the front desk, lobby, residential or clubhouse post. */
    CUSTOMER_SERVICE_ASSISTANT(Rank.STAFF),
    /** 主管 / 领班: supervisor or lead of a department's team. */
    SUPERVISOR(Rank.SUPERVISOR),
    /** 客户关系主管: customer-relations supervisor, who names the responsible department. */
    CUSTOMER_RELATIONS_SUPERVISOR(Rank.SUPERVISOR),
    /** 部门经理: department manager. */
    DEPARTMENT_MANAGER(Rank.MANAGER),
    /** 管理处经理: manager of the management office. */
    OFFICE_MANAGER(Rank.MANAGER),
    /** 公司领导 / 总经理: company leadership. */
    COMPANY_LEADERSHIP(Rank.LEADERSHIP);

    /** How far up the line a role stands; the order is significant. */
    public enum Rank {
        OPERATOR,
        STAFF,
        SUPERVISOR,
        MANAGER,
        LEADERSHIP
    }

    private final Rank rank;

    Role(Rank rank) {
        this.rank = rank;
    }

    public Rank rank() {
        return rank;
    }

    /** Security, cleaning and repair staff (R-FC-2). */
    public boolean isOperator() {
        return rank == Rank.OPERATOR;
    }

    /** Supervisors, managers and leadership: people who answer for a department or more. */
    public boolean isManagerial() {
        return rank.compareTo(Rank.SUPERVISOR) >= 0;
    }

    /**
     * The clearance a role has unless the office grants another (R-CF-2): confidential and above
     * circulate to company leadership, secret to department heads, internal to the staff concerned.
     */
    public ClearanceLevel defaultClearance() {
        switch (this) {
            case COMPANY_LEADERSHIP:
                return ClearanceLevel.TOP_SECRET;
            case DEPARTMENT_MANAGER:
            case OFFICE_MANAGER:
                return ClearanceLevel.SECRET;
            default:
                return ClearanceLevel.INTERNAL;
        }
    }
}
