package org.propertydesk.domain.roster;

import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** The dates a roster plans, first and last included; normally a calendar month. */
@ValueObject
public record RosterPeriod(LocalDate first, LocalDate last) {

    public RosterPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a roster period ends on or after its first day: " + first + "–" + last);
        }
    }

    public static RosterPeriod month(YearMonth month) {
        return new RosterPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    public List<LocalDate> dates() {
        return Iterator.iterate(first, date -> date.plusDays(1)).takeWhile(this::contains).toList();
    }

    @Override
    public String toString() {
        return first + "–" + last;
    }
}
