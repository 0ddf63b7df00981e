package org.propertydesk.application.handover;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;

/** The duty logs of the office's posts, one per post; versioned like {@link Handovers}. */
@SecondaryPort
public interface DutyLogs {

    Option<DutyLog> find(OfficeId office, DutyLogId id);

    Option<DutyLog> ofPost(OfficeId office, PostId post);

    void add(DutyLog log);

    void update(DutyLog updated, long expectedVersion);
}
