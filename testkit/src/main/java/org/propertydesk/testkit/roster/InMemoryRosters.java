package org.propertydesk.testkit.roster;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.roster.Rosters;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;

/**
 * {@link Rosters} in memory, one map per office, safe for concurrent use. Keeps the versioning
 * contract: an update whose expected version is not the stored one, or which does not carry the
 * next version, throws {@link ConcurrencyConflict} and stores nothing.
 */
@SecondaryAdapter
public final class InMemoryRosters implements Rosters {

    private final Map<OfficeId, Map<RosterId, Roster>> offices = new ConcurrentHashMap<>();

    @Override
    public Option<Roster> find(OfficeId office, RosterId roster) {
        return Option.of(office(office).get(roster));
    }

    @Override
    public void add(Roster roster) {
        if (office(roster.office()).putIfAbsent(roster.id(), roster) != null) {
            throw new ConcurrencyConflict("roster " + roster.id(), roster.version());
        }
    }

    @Override
    public void update(Roster updated, long expectedVersion) {
        Map<RosterId, Roster> stored = office(updated.office());
        boolean[] replaced = {false};
        stored.computeIfPresent(updated.id(), (id, current) -> {
            if (current.version() == expectedVersion && updated.version() == expectedVersion + 1) {
                replaced[0] = true;
                return updated;
            }
            return current;
        });
        if (!replaced[0]) {
            throw new ConcurrencyConflict("roster " + updated.id(), expectedVersion);
        }
    }

    @Override
    public Seq<Roster> overlapping(OfficeId office, LocalDate from, LocalDate to) {
        return List.ofAll(office(office).values())
                .filter(roster -> !roster.period().first().isAfter(to) && !roster.period().last().isBefore(from))
                .sorted(Comparator.comparing(roster -> roster.id().value()));
    }

    private Map<RosterId, Roster> office(OfficeId office) {
        return offices.computeIfAbsent(office, key -> new ConcurrentHashMap<>());
    }
}
