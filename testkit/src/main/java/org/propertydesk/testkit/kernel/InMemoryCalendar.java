package org.propertydesk.testkit.kernel;

import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;

/** A {@link Calendar} held in memory: one business calendar per office. */
@SecondaryAdapter
public final class InMemoryCalendar implements Calendar {

    private final Map<OfficeId, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    public InMemoryCalendar with(OfficeId office, BusinessCalendar calendar) {
        calendars.put(office, calendar);
        return this;
    }

    @Override
    public Option<BusinessCalendar> of(OfficeId office) {
        return Option.of(calendars.get(office));
    }
}
