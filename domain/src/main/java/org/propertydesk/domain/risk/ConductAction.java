package org.propertydesk.domain.risk;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * What staff did or mean to do about an incident (行为风险, R-RN-8). The unlawful ones — 扣留, 处罚,
 * 关押, 毆打, forced registration, keeping an ID document, entering a home without permission,
 * moving a seriously injured person, touching the scene — each name the lawful actions to take
 * instead, as the manual lists them.
 */
public enum ConductAction {
    CALL_POLICE("call the police (及时报警)"),
    PRESERVE_SCENE("preserve the scene and the evidence (保护好现场)"),
    CALL_AMBULANCE("call an ambulance and let medical staff give aid (拨打急救电话)"),
    NOTIFY_FAMILY("notify the injured person's family (通知其家属)"),
    CONTACT_AUTHORITY("contact the government authority (与政府主管部门联系)"),
    ASK_OCCUPANT_PERMISSION("ask the owner's or occupant's permission to enter (获业主或使用人许可)"),
    ENTER_HOME_WITH_PERMISSION("enter a home with the owner's or occupant's permission"),
    REGISTER_VISITOR("register a visitor who agrees to it (来访登记)"),
    ESCORT_VISITOR_WITH_PATROL("have a patrol officer accompany the visitor to the unit visited (巡逻队员随同前往)"),
    ASK_TO_LEAVE("ask a door-to-door salesman to leave (请离)"),
    CUT_OFF_DAMAGE_SOURCE("cut off the source of ongoing damage (切断损坏源)"),

    DETAIN("detain anyone (扣留)", CALL_POLICE, CONTACT_AUTHORITY),
    FINE("fine anyone (处罚)", CALL_POLICE, CONTACT_AUTHORITY),
    CONFINE("confine anyone (关押)", CALL_POLICE, CONTACT_AUTHORITY),
    ASSAULT("strike a suspect or salesman (毆打)", CALL_POLICE, ASK_TO_LEAVE),
    FORCE_REGISTRATION("force a visitor to register or refuse them entry (强行登记)", ESCORT_VISITOR_WITH_PATROL),
    KEEP_ID_DOCUMENT("keep a visitor's identity document (扣留有效身份证件)", REGISTER_VISITOR, ESCORT_VISITOR_WITH_PATROL),
    ENTER_HOME_WITHOUT_PERMISSION("enter a home without the owner's or occupant's permission (破门入室)", CALL_POLICE, ASK_OCCUPANT_PERMISSION),
    MOVE_SERIOUSLY_INJURED("move a seriously injured person (移动受伤人员)", CALL_AMBULANCE, CALL_POLICE, NOTIFY_FAMILY),
    TOUCH_SCENE("move or touch objects at the scene of a crime (移动和触摸现场物品)", PRESERVE_SCENE, CALL_POLICE);

    private final String description;
    private final List<ConductAction> lawfulAlternatives;

    ConductAction(String description, ConductAction... lawfulAlternatives) {
        this.description = description;
        this.lawfulAlternatives = List.of(lawfulAlternatives);
    }

    public String description() {
        return description;
    }

    /** Whether the office may do this; an unlawful action has at least one lawful alternative. */
    public boolean lawful() {
        return lawfulAlternatives.isEmpty();
    }

    /** What to do instead; empty for a lawful action. */
    public Seq<ConductAction> lawfulAlternatives() {
        return lawfulAlternatives;
    }
}
