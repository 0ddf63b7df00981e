package org.propertydesk.testkit.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.ChangeRequestId;
import org.propertydesk.domain.roster.Interval;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.PostLeaving.Relief;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterValidation;
import org.propertydesk.domain.roster.RosterVersion;
import org.propertydesk.domain.roster.RosterVersion.Published;
import org.propertydesk.domain.roster.RosterVersion.Superseded;
import org.propertydesk.domain.roster.Shift;
import org.propertydesk.testkit.roster.RosterArbitraries.ValidRoster;

class RosterProperties {

    private static final ZoneId ZONE = RosterArbitraries.SHANGHAI;

    @Provide
    Arbitrary<ValidRoster> published() {
        return RosterArbitraries.publishedRosters();
    }

    @Property(tries = 50)
    @Label("R-RO-2, R-RO-3, R-RO-5: a valid roster has at least the minimum of the shift covering each instant of the period on every required post")
    void minimumStaffAtEveryInstant(@ForAll("published") ValidRoster valid, @ForAll Random random) {
        Roster roster = valid.roster();
        assertThat(roster.violations(valid.calendar(), valid.policy())).isEmpty();
        Instant from = roster.period().first().atStartOfDay(ZONE).toInstant();
        long seconds = java.time.Duration.between(from, roster.period().last().plusDays(1).atStartOfDay(ZONE).toInstant()).getSeconds();
        for (int sample = 0; sample < 60; sample++) {
            Instant moment = from.plusSeconds((long) (random.nextDouble() * seconds));
            for (Post post : roster.posts()) {
                assertThat(roster.onPost(post.id(), moment, ZONE).size())
                        .as("%s at %s", post.name(), moment)
                        .isGreaterThanOrEqualTo(required(post, moment, roster, valid.calendar()));
            }
        }
        boolean differ = roster.posts().exists(post -> post.staffing().values().distinct().size() > 1);
        Statistics.label("shift minimums").collect(differ ? "differ by shift" : "same on every shift");
        Statistics.label("shift minimums").coverage(coverage -> coverage.check("differ by shift").percentage(p -> p >= 25.0));
    }

    /** What the rules require of a post at a moment: the (holiday) minimum of the shift of it covering that moment, the larger if several do. */
    private static int required(Post post, Instant moment, Roster roster, BusinessCalendar calendar) {
        LocalDate today = moment.atZone(ZONE).toLocalDate();
        int required = 0;
        for (LocalDate date : List.of(today.minusDays(1), today).filter(roster.period()::contains)) {
            for (Shift shift : post.pattern().shifts()) {
                if (shift.on(date, ZONE).contains(moment)) {
                    required = Math.max(required, post.required(shift, date, calendar));
                }
            }
        }
        return required;
    }

    @Property(tries = 50)
    @Label("R-RO-1..R-RO-5: validation is order-independent — shuffled assignments give the same violations")
    void orderIndependent(@ForAll("published") ValidRoster valid, @ForAll Random random) {
        Roster roster = valid.roster();
        java.util.List<Assignment> damaged = new ArrayList<>(roster.current().assignments().toJavaList());
        damaged.sort(java.util.Comparator.comparing(Object::toString));
        int removals = random.nextInt(4);
        for (int i = 0; i < removals; i++) {
            damaged.remove(random.nextInt(damaged.size()));
        }
        Assignment day = damaged.stream().filter(a -> a.shift().equals("D")).findFirst().orElseThrow();
        damaged.add(Assignment.of(day.staff(), day.post(), "E", day.date())); // no rest after the day shift
        Seq<?> expected = RosterValidation.violations(roster.posts(), roster.team(), roster.period(), damaged, valid.calendar(), valid.policy());
        Collections.shuffle(damaged, random);
        Seq<?> shuffled = RosterValidation.violations(roster.posts(), roster.team(), roster.period(), damaged, valid.calendar(), valid.policy());
        assertThat(expected).isNotEmpty();
        assertThat(shuffled).isEqualTo(expected);
        Statistics.label("violations").collect(expected.size() > 1 ? "several" : "one");
    }

    /** One generated step against a published roster. */
    record Step(int kind, int first, int second, int reserve, int hoursAhead, boolean certificate) {}

    @Provide
    Arbitrary<java.util.List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 5).withoutEdgeCases(),
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 96),
                        Arbitraries.of(true, false))
                .as(Step::new)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 50)
    @Label("R-RO-6: a roster changed only by approved changes stays valid, or the change was rejected and nothing changed")
    void approvedChangesKeepRosterValid(@ForAll("published") ValidRoster valid, @ForAll("steps") java.util.List<Step> steps) {
        Roster roster = valid.roster();
        int approved = 0;
        for (int i = 0; i < steps.size(); i++) {
            Roster before = roster;
            roster = apply(roster, steps.get(i), i, valid);
            if (roster.versions().size() > before.versions().size()) {
                approved++;
            } else {
                assertThat(roster.versions().map(RosterVersion::assignments)).isEqualTo(before.versions().map(RosterVersion::assignments));
            }
            assertThat(roster.violations(valid.calendar(), valid.policy())).isEmpty();
            assertThat(roster.current()).isInstanceOf(Published.class);
            assertThat(roster.versions().init()).allMatch(Superseded.class::isInstance);
        }
        Statistics.label("approved changes").collect(approved > 0 ? "some" : "none");
        Statistics.label("approved changes").coverage(coverage -> coverage.check("some").percentage(p -> p >= 25.0));
    }

    @Property(tries = 50)
    @Label("R-RO-6: superseded versions never change, whatever happens to the roster afterwards")
    void supersededVersionsNeverChange(@ForAll("published") ValidRoster valid, @ForAll("steps") java.util.List<Step> steps) {
        Roster roster = valid.roster();
        Seq<RosterVersion> withdrawn = List.empty();
        for (int i = 0; i < steps.size(); i++) {
            roster = apply(roster, steps.get(i), i, valid);
            for (RosterVersion old : withdrawn) {
                assertThat(roster.versionNumbered(old.number())).contains(old);
            }
            withdrawn = roster.versions().filter(Superseded.class::isInstance);
        }
        Statistics.label("superseded versions").collect(withdrawn.isEmpty() ? "none" : "some");
    }

    /** Requests and at once decides a change, acknowledges the current version, or leaves a post; a refusal changes nothing. */
    private static Roster apply(Roster roster, Step step, int index, ValidRoster valid) {
        Published current = roster.published().get();
        Seq<Assignment> held = current.assignments().toList().sortBy(Object::toString);
        Assignment first = held.get(step.first() % held.size());
        Assignment second = held.get(step.second() % held.size());
        Instant shiftStart = roster.post(first.post()).get().pattern().shift(first.shift()).get().on(first.date(), ZONE).start();
        Instant at = shiftStart.minusSeconds(3600L * step.hoursAhead());
        StaffId reserve = RosterArbitraries.RESERVES.get(step.reserve());
        ChangeRequestId id = new ChangeRequestId(new UUID(0xC4A, index));
        switch (step.kind()) {
            case 0:
            case 1:
            case 2:
            case 3: {
                ChangeKind kind = step.kind() == 0
                        ? new ChangeKind.Swap(first, second)
                        : step.kind() == 1
                                ? new ChangeKind.Replacement(first, reserve)
                                : step.kind() == 2
                                        ? new ChangeKind.Replacement(first, reserve)
                                        : new ChangeKind.SickLeave(first, step.certificate() ? Option.some("note") : Option.none(), Option.some(reserve));
                return roster.requestChange(id, kind, first.staff(), "generated", HashMap.empty(), at, ZONE, valid.policy())
                        .flatMap(asked -> asked.roster().approveChange(id, RosterArbitraries.supervisor(), at.plusSeconds(60),
                                valid.calendar(), valid.policy()))
                        .map(outcome -> outcome.roster())
                        .getOrElse(roster);
            }
            case 4:
                return roster.acknowledge(first.staff(), current.number(), at).map(outcome -> outcome.roster()).getOrElse(roster);
            default:
                return roster.leavePost(first.staff(), first.post(), new Interval(shiftStart.plusSeconds(600), shiftStart.plusSeconds(1200)),
                                Option.some(RosterArbitraries.SUPERVISOR),
                                step.certificate() ? Option.some(new Relief(reserve, shiftStart)) : Option.none(), ZONE)
                        .map(outcome -> outcome.roster()).getOrElse(roster);
        }
    }
}
