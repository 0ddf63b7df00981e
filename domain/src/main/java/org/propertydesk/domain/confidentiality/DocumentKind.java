package org.propertydesk.domain.confidentiality;

import org.propertydesk.domain.kernel.ClearanceLevel;

/**
 * What a document is, after the manual's list of what is kept secret (保密范围, 3.2) and graded
 * (密级分类, 3.3). Each kind has the level R-CF-1 gives it; {@link ClassificationPolicy} holds the
 * levels an office actually uses.
 */
public enum DocumentKind {
    /** 重要决策文件: decisions that directly affect the company's interests. */
    DECISION_DOCUMENT(ClearanceLevel.TOP_SECRET),
    /** 公司规划: plans. */
    PLAN(ClearanceLevel.CONFIDENTIAL),
    /** 经营状况: business status. */
    BUSINESS_STATUS(ClearanceLevel.CONFIDENTIAL),
    /** 重要会议记录: minutes of important meetings. */
    IMPORTANT_MINUTES(ClearanceLevel.CONFIDENTIAL),
    /** 人事档案: a staff member's personnel file (R-CF-8). */
    PERSONNEL_FILE(ClearanceLevel.SECRET),
    /** 财务报表: financial statements. */
    FINANCIAL_STATEMENT(ClearanceLevel.SECRET),
    /** 统计资料: statistics. */
    STATISTICS(ClearanceLevel.SECRET),
    /** 合同、协议: contracts and agreements. */
    CONTRACT(ClearanceLevel.SECRET),
    /** 员工工资: salaries. */
    SALARIES(ClearanceLevel.SECRET),
    /** 尚未公开的各类信息: information not yet published. */
    UNPUBLISHED_INFORMATION(ClearanceLevel.SECRET),
    /** 业户档案: owner records. */
    OWNER_RECORD(ClearanceLevel.SECRET),
    /** 住户资料: occupant records. */
    OCCUPANT_RECORD(ClearanceLevel.SECRET),
    /**
     * 监控录像: CCTV recordings. The manuals grade them nowhere; they show owners and occupants,
     * whose records are secret, so they are secret too. Lent only on two written notes (R-CF-4).
     */
    CCTV_RECORDING(ClearanceLevel.SECRET),
    /** 证、照: certificates and licences, whose originals go back within 24 h of a task (R-CF-5). */
    CERTIFICATE(ClearanceLevel.INTERNAL),
    /** 内部文件: notices, circulars and work records for the staff concerned. */
    INTERNAL_DOCUMENT(ClearanceLevel.INTERNAL);

    private final ClearanceLevel defaultLevel;

    DocumentKind(ClearanceLevel defaultLevel) {
        this.defaultLevel = defaultLevel;
    }

    /** The level R-CF-1 gives this kind. */
    public ClearanceLevel defaultLevel() {
        return defaultLevel;
    }
}
