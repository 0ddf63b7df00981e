package org.propertydesk.domain.confidentiality;

/** Where an original handed out for a task stands; the allowed steps are {@link TaskCustody#LIFECYCLE}. */
public enum CustodyStatus {
    /** With the staff member working on the task. */
    IN_USE,
    /** The task is done; the 24 h to bring the original back are running. */
    TASK_DONE,
    /** Back with the designated keeper. */
    RETURNED
}
