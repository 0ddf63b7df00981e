package org.propertydesk.domain.risk;

import org.propertydesk.domain.kernel.Rule;

/** What a notice is for, with the rule that governs it. All notices guard against notification risk (R-RN-1). */
public enum NoticeKind {
    /** 整改通知单 to an owner or occupant in breach (R-RN-2). */
    RECTIFICATION(Rule.R_RN_2),
    /** 费用催缴通知单 for long-standing arrears (R-RN-3). */
    ARREARS_DEMAND(Rule.R_RN_3),
    /** Notice before and during a matter touching the rights of owners, occupants or third parties (R-RN-4). */
    ADVANCE_NOTICE(Rule.R_RN_4),
    /** A registered warning sign at a hazardous place, installation or work (R-RN-5). */
    SAFETY_WARNING(Rule.R_RN_5),
    /** Letters to shops and a public notice before a typhoon or similar (R-RN-6). */
    FORCE_MAJEURE(Rule.R_RN_6),
    /** 正常检修停水、停电: a planned water or power cut (R-RN-7). */
    PLANNED_OUTAGE(Rule.R_RN_7),
    /** 市政停水、停电: a municipal cut, posted with the utility's own notice (R-RN-7). */
    MUNICIPAL_OUTAGE(Rule.R_RN_7);

    private final Rule rule;

    NoticeKind(Rule rule) {
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    public RiskKind riskKind() {
        return RiskKind.NOTIFICATION;
    }
}
