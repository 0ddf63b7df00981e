package org.propertydesk.domain.complaint;

/** What the complainant asks for, as recorded at intake; it decides a communicative complaint's kind (R-CO-1). */
public enum Ask {
    /** Something done for them, e.g. a repair: help-seeking. */
    HELP,
    /** An answer to a question, or a suggestion heard: consulting. */
    ANSWER_OR_SUGGESTION,
    /** To be heard about a dissatisfaction, grievance or misunderstanding: venting. */
    BE_HEARD;

    CommunicativeKind kind() {
        switch (this) {
            case HELP:
                return CommunicativeKind.HELP_SEEKING;
            case ANSWER_OR_SUGGESTION:
                return CommunicativeKind.CONSULTING;
            default:
                return CommunicativeKind.VENTING;
        }
    }
}
