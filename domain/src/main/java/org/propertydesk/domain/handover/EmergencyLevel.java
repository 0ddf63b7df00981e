package org.propertydesk.domain.handover;

/** 应急处理措施: how far an emergency reaches into the office's duty staff. */
public enum EmergencyLevel {
    /** 一级状态: all duty staff enter the emergency state (fire). */
    LEVEL_1,
    /** 二级状态: duty staff of the departments concerned enter the emergency state (intrusion, typhoon). */
    LEVEL_2
}
