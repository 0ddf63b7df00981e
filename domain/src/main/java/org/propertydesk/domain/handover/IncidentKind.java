package org.propertydesk.domain.handover;

/** The emergencies of the emergency measures (火警, 匪警, 台风) and other major incidents (重大事件). */
public enum IncidentKind {
    /** 火警: fire alarm, level 1. */
    FIRE(EmergencyLevel.LEVEL_1),
    /** 匪警: intrusion or robbery, level 2. */
    INTRUSION(EmergencyLevel.LEVEL_2),
    /** 台风: typhoon, level 2. */
    TYPHOON(EmergencyLevel.LEVEL_2),
    /** Another major incident, for the departments concerned. */
    OTHER_MAJOR(EmergencyLevel.LEVEL_2);

    private final EmergencyLevel level;

    IncidentKind(EmergencyLevel level) {
        this.level = level;
    }

    public EmergencyLevel level() {
        return level;
    }
}
