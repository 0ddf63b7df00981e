package org.propertydesk.testkit.roster;

import static org.propertydesk.testkit.roster.OctoberOffice.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.PostLeaving;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.application.roster.RosterDesk;
import org.propertydesk.application.roster.RosterDesk.DraftRoster;
import org.propertydesk.application.roster.RosterDesk.PlanAssignments;
import org.propertydesk.application.roster.RosterDeskService;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/** The October office wired to the roster desk with the in-memory adapters. */
final class RosterDeskFixture {

    static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0x0C7, 77));
    static final StaffId STRANGER = new StaffId(new UUID(0x0C7, 78));

    final InMemoryRosters rosters = new InMemoryRosters();
    final InMemoryDirectory directory = new InMemoryDirectory();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final SettableClock clock = SettableClock.at(at(LocalDate.of(2026, 9, 1), 9, 0));
    final RosterDesk desk;

    RosterDeskFixture() {
        staff().forEach(directory::register);
        directory.register(new StaffMember(STRANGER, OTHER_OFFICE, "stranger", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR,
                io.vavr.control.Option.some(SERVICE_MANAGER), Role.OFFICE_MANAGER.defaultClearance()));
        desk = new RosterDeskService(rosters, directory, new InMemoryCalendar().with(OFFICE, calendar()), clock,
                new SequentialIdentities(), new InMemoryTransactions(), outbox, RosterPolicy.defaults());
    }

    void setClock(LocalDate date, int hour, int minute) {
        clock.set(at(date, hour, minute));
    }

    /** Drafted and planned by the scheduler on 1 September. */
    RosterId planned() {
        RosterId id = desk.draft(new DraftRoster(OFFICE, SCHEDULER, Department.CUSTOMER_SERVICE, OCTOBER, posts(), HashSet.of(SCHEDULER)))
                .get().id();
        desk.plan(new PlanAssignments(OFFICE, SCHEDULER, id, assignments(), List.empty())).get();
        return id;
    }

    /** Planned, then published by the scheduler on 20 September. */
    RosterId published() {
        RosterId id = planned();
        setClock(LocalDate.of(2026, 9, 20), 10, 0);
        desk.publish(OFFICE, SCHEDULER, id).get();
        return id;
    }

    Roster roster(RosterId id) {
        return rosters.find(OFFICE, id).get();
    }

    static Assignment held(Roster roster, org.propertydesk.domain.kernel.PostId post, String shift, LocalDate date) {
        Seq<Assignment> found = roster.published().get().assignments().toList()
                .filter(a -> a.post().equals(post) && a.shift().equals(shift) && a.date().equals(date))
                .sortBy(a -> a.staff().value());
        return found.head();
    }

    static Instant instant(LocalDate date, int hour, int minute) {
        return at(date, hour, minute);
    }

    static PostLeaving.Relief relief(StaffId staff, Instant at) {
        return new PostLeaving.Relief(staff, at);
    }
}
