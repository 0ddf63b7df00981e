package org.propertydesk.domain.complaint;

/** Where an effective complaint stands in its procedure (R-CO-2); see {@link Procedure#EFFECTIVE}. */
public enum EffectiveStep {
    /** ① 记录投诉. */
    RECORDED,
    /** ② 判断投诉的性质. */
    NATURE_DETERMINED,
    /** ③ 判断投诉的责任部门. */
    DEPARTMENT_DETERMINED,
    /** ④ 责任部门负责人到现场. */
    HEAD_ON_SITE,
    /** ⑤ 责任部门负责人主要处理. */
    HANDLED_BY_HEAD,
    /** ⑥ 回访, the complainant satisfied. */
    RETURN_VISITED,
    CLOSED
}
