package org.propertydesk.application.roster;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;

/**
 * The office's rosters, every version inside each (K-1: every read is scoped to one office).
 *
 * <p>Versioning contract: the aggregate carries its own version; each command returns it one
 * higher. {@link #update} stores {@code updated} only when the stored roster's version is
 * {@code expectedVersion} (and {@code updated.version()} is {@code expectedVersion + 1}),
 * otherwise it throws {@link ConcurrencyConflict} and stores nothing.
 */
@SecondaryPort
public interface Rosters {

    Option<Roster> find(OfficeId office, RosterId roster);

    /** Adds a new roster; throws {@link ConcurrencyConflict} if the office already has one with its id. */
    void add(Roster roster);

    void update(Roster updated, long expectedVersion);

    /** The office's rosters whose period shares a date with [from, to]. */
    Seq<Roster> overlapping(OfficeId office, LocalDate from, LocalDate to);
}
