package org.propertydesk.domain.complaint;

/** The three kinds of communicative complaint (沟通性投诉, R-CO-1). */
public enum CommunicativeKind {
    /** 求助型: the resident needs help, e.g. a repair. */
    HELP_SEEKING,
    /** 咨询型: a question or a suggestion. */
    CONSULTING,
    /** 发泄型: dissatisfaction, grievance or misunderstanding. */
    VENTING
}
