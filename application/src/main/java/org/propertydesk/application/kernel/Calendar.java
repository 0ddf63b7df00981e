package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;

/** Each office's business calendar (K-3): working hours, weekends, holidays, make-up days. */
@SecondaryPort
@FunctionalInterface
public interface Calendar {

    /** The office's calendar, empty for an office this desk does not know. */
    Option<BusinessCalendar> of(OfficeId office);
}
