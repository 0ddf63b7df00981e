package org.propertydesk.domain.handover;

/**
 * What a duty-log matter is (R-HO-2, R-HO-8). The first four must be handed over whether handled or
 * not; dispatch orders and coordination forms must be closed out before handing over.
 */
public enum EntryKind {
    /** 本班所发现或发生的重大问题: a major matter found or arising this shift. */
    MAJOR_MATTER(true),
    /** 上级的指导、命令: an instruction from a superior. */
    SUPERIOR_INSTRUCTION(true),
    /** 未完成的工作: unfinished work. */
    UNFINISHED_WORK(true),
    /** 公共区域的维修情况: repair status of a public area. */
    PUBLIC_AREA_REPAIR(true),
    /** 报事派工单: a dispatch order. */
    DISPATCH_ORDER(false),
    /** 协调单: a coordination form. */
    COORDINATION_FORM(false),
    /** Anything else worth writing down. */
    ROUTINE(false);

    private final boolean mustBeHandedOver;

    EntryKind(boolean mustBeHandedOver) {
        this.mustBeHandedOver = mustBeHandedOver;
    }

    /** Whether R-HO-2 names the kind as something every handover passes on. */
    public boolean mustBeHandedOver() {
        return mustBeHandedOver;
    }
}
