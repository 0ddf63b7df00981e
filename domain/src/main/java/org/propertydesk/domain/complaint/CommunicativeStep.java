package org.propertydesk.domain.complaint;

/** Where a communicative complaint stands in its procedure (R-CO-3); see {@link Procedure#COMMUNICATIVE}. */
public enum CommunicativeStep {
    /** ① 做好投诉记录. */
    RECORDED,
    /** ② 确认对方的身份. */
    IDENTITY_CONFIRMED,
    /** ③ 检查投诉人的付款情况. */
    PAYMENT_STATUS_CHECKED,
    /** ④ 通知有关部门处理或给予答复. */
    REFERRED_OR_ANSWERED,
    /** ⑤ 回访, the complainant satisfied. */
    RETURN_VISITED,
    CLOSED
}
