package org.propertydesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.application.roster.RosterDesk;
import org.propertydesk.application.roster.RosterDesk.ChangeAsked;
import org.propertydesk.application.roster.RosterDesk.RequestChange;
import org.propertydesk.application.roster.RosterDeskService;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.Interval;
import org.propertydesk.domain.roster.OnDuty;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterRejection;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;
import org.propertydesk.testkit.roster.InMemoryRosters;
import org.propertydesk.testkit.roster.RosterArbitraries;
import org.propertydesk.testkit.roster.RosterArbitraries.ValidRoster;

/**
 * What an integrator writes with the test kit: a property over the public {@link RosterDesk}, wired
 * to the kit's in-memory adapters and fed the kit's valid rosters. Whatever swap two guards ask
 * for, if the supervisor's approval goes through, every post is still staffed to its minimum, the
 * two guards really stand each other's shifts, and the desk finds nothing wrong with the roster.
 */
class ApprovedSwapKeepsCoverageProperties {

    private static final ZoneId ZONE = RosterArbitraries.SHANGHAI;

    /** Two shifts of one post held by different guards, neither already on the other's shift; picked by position. */
    record SwapPick(int first, int second) {}

    @Provide
    Arbitrary<ValidRoster> published() {
        return RosterArbitraries.publishedRosters();
    }

    @Provide
    Arbitrary<SwapPick> swaps() {
        return Arbitraries.integers().between(0, 10_000).tuple2().map(pair -> new SwapPick(pair.get1(), pair.get2()));
    }

    @Property(tries = 60)
    @Label("R-RO-2, R-RO-6: for any valid roster and any swap the desk approves, every post keeps its minimum staff")
    void approvedSwapKeepsCoverage(@ForAll("published") ValidRoster valid, @ForAll("swaps") SwapPick pick) {
        Desk desk = new Desk(valid);
        Roster before = desk.roster();
        Seq<Assignment> held = before.published().get().assignments().toList()
                .filter(assignment -> !assignment.post().equals(RosterArbitraries.DUTY_MANAGER))
                .sortBy(Object::toString);
        Assignment first = held.get(pick.first() % held.size());
        Seq<Assignment> samePost = held.filter(other -> other.post().equals(first.post())
                && !held.contains(first.heldBy(other.staff())) && !held.contains(other.heldBy(first.staff())));
        Assume.that(!samePost.isEmpty());
        Assignment second = samePost.get(pick.second() % samePost.size());

        Either<Rejections<RosterRejection>, Roster> decided = desk.swap(first, second);

        Roster after = desk.roster();
        if (decided.isRight()) {
            Statistics.collect("approved");
            assertThat(after.published().get().assignments())
                    .contains(first.heldBy(second.staff()), second.heldBy(first.staff()))
                    .doesNotContain(first, second);
            assertThat(onPost(desk, first.post(), justAfterStart(after, second)).map(OnDuty::staff))
                    .as("the first guard stands the second guard's shift").contains(first.staff());
        } else {
            Statistics.collect("refused");
            assertThat(after.published().get().assignments()).isEqualTo(before.published().get().assignments());
        }
        assertThat(desk.validate()).as("violations the desk finds").isEmpty();
        for (Assignment touched : List.of(first, second)) {
            for (Instant moment : momentsOf(after, touched)) {
                for (Post post : after.posts()) {
                    LocalDate today = moment.atZone(ZONE).toLocalDate();
                    int required = List.of(today.minusDays(1), today)
                            .filter(after.period()::contains)
                            .flatMap(date -> post.pattern().shifts()
                                    .filter(shift -> shift.on(date, ZONE).contains(moment))
                                    .map(shift -> post.required(shift, date, valid.calendar())))
                            .fold(0, Math::max);
                    assertThat(onPost(desk, post.id(), moment).size())
                            .as("%s at %s", post.name(), moment)
                            .isGreaterThanOrEqualTo(required);
                }
            }
        }
        // Most arbitrary swaps are refused (about a quarter are approved); the property is only worth
        // something if some are.
        Statistics.coverage(coverage -> coverage.check("approved").percentage(p -> p >= 5.0));
    }

    private static Seq<OnDuty> onPost(Desk desk, org.propertydesk.domain.kernel.PostId post, Instant moment) {
        return desk.desk.whoIsOnPost(RosterArbitraries.OFFICE, post, moment);
    }

    private static Interval shiftOf(Roster roster, Assignment assignment) {
        return roster.post(assignment.post()).get().pattern().shift(assignment.shift()).get().on(assignment.date(), ZONE);
    }

    /** A minute into the shift, before any meal break. */
    private static Instant justAfterStart(Roster roster, Assignment assignment) {
        Interval shift = shiftOf(roster, assignment);
        return shift.start().plusSeconds(60);
    }

    /** Start, a minute in, the middle and a minute before the end of the shift. */
    private static Seq<Instant> momentsOf(Roster roster, Assignment assignment) {
        Interval shift = shiftOf(roster, assignment);
        Instant middle = shift.start().plus(shift.length().dividedBy(2));
        return List.of(shift.start(), shift.start().plusSeconds(60), middle, shift.end().minusSeconds(60));
    }

    /** The roster desk over the test kit's in-memory adapters, the generated roster stored and its team registered. */
    private static final class Desk {
        final InMemoryRosters rosters = new InMemoryRosters();
        final SettableClock clock;
        final RosterDesk desk;

        Desk(ValidRoster valid) {
            Roster roster = valid.roster();
            rosters.add(roster);
            InMemoryDirectory directory = new InMemoryDirectory();
            roster.team().forEach((staff, role) -> directory.register(member(staff, role)));
            clock = SettableClock.at(roster.period().first().minusDays(7).atTime(9, 0).atZone(ZONE).toInstant());
            desk = new RosterDeskService(rosters, directory, new InMemoryCalendar().with(RosterArbitraries.OFFICE, valid.calendar()),
                    clock, new SequentialIdentities(), new InMemoryTransactions(), new InMemoryOutbox(), valid.policy());
        }

        private static StaffMember member(StaffId staff, Role role) {
            if (staff.equals(RosterArbitraries.SUPERVISOR)) {
                return RosterArbitraries.supervisor();
            }
            Option<StaffId> superior = staff.equals(RosterArbitraries.MANAGER) ? Option.none() : Option.some(RosterArbitraries.SUPERVISOR);
            return new StaffMember(staff, RosterArbitraries.OFFICE, role.name().toLowerCase(), role, Department.SECURITY, superior,
                    role.defaultClearance());
        }

        Roster roster() {
            return rosters.find(RosterArbitraries.OFFICE, RosterArbitraries.ROSTER).get();
        }

        /** The first guard asks for the swap a week ahead; the posts' supervisor decides a minute later. */
        Either<Rejections<RosterRejection>, Roster> swap(Assignment first, Assignment second) {
            Either<Rejections<RosterRejection>, ChangeAsked> asked = desk.requestChange(new RequestChange(RosterArbitraries.OFFICE,
                    first.staff(), RosterArbitraries.ROSTER, new ChangeKind.Swap(first, second), "family matters"));
            clock.advance(java.time.Duration.ofMinutes(1));
            return asked.flatMap(change -> desk.approveChange(RosterArbitraries.OFFICE, RosterArbitraries.SUPERVISOR,
                    RosterArbitraries.ROSTER, change.change()));
        }

        Seq<?> validate() {
            return desk.validate(RosterArbitraries.OFFICE, RosterArbitraries.SUPERVISOR, RosterArbitraries.ROSTER)
                    .getOrElseThrow(refused -> new AssertionError("the supervisor may validate: " + refused));
        }
    }
}
