package org.propertydesk.testkit.roster;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPeriod;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.domain.roster.Shift;
import org.propertydesk.domain.roster.ShiftPattern;
import org.propertydesk.domain.roster.Staffing;

/**
 * jqwik arbitraries of duty rosters that are valid by construction (R-RO-1..R-RO-5): a month of
 * 2026–2027 for an office in Shanghai, one to three round-the-clock posts in the three-shift
 * system, each shift with its own minimum (say two by day, one at night) and that plus a common
 * extra on statutory holidays, worked by four rotating crews (night, day, evening, off) of which
 * each shift takes exactly as many guards as it needs that day, one more on day shifts with
 * staggered meal breaks; perhaps a daytime desk on working days only, and two managers alternating
 * as manager on duty. Rosters are tight, so a validation asking for more than a shift's own number
 * would reject them. Shrinks towards one post, one guard per shift, no holidays.
 */
public final class RosterArbitraries {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final OfficeId OFFICE = new OfficeId(new UUID(0xA4B, 1));
    public static final RosterId ROSTER = new RosterId(new UUID(0xA4B, 2));
    public static final PostId DUTY_MANAGER = new PostId(new UUID(0xA4B, 3));
    public static final PostId DESK = new PostId(new UUID(0xA4B, 4));
    public static final StaffId SUPERVISOR = new StaffId(new UUID(0xA4B, 5));
    public static final StaffId MANAGER = new StaffId(new UUID(0xA4B, 6));
    /** Staff who are on the team but on no shift: candidates for replacements. */
    public static final Seq<StaffId> RESERVES = List.rangeClosed(1, 3).map(n -> new StaffId(new UUID(0xA4B0, n)));

    private RosterArbitraries() {}

    /** A valid draft with the calendar and policy it is valid against. */
    public record ValidRoster(Roster roster, BusinessCalendar calendar, RosterPolicy policy) {}

    /**
     * The shape of a generated office, kept small so that failures shrink to something readable;
     * {@code minimums} are the ordinary minimums of the night, day and evening shifts.
     */
    public record Shape(int month, int roundTheClockPosts, Seq<Integer> minimums, int holidayExtra, boolean mealBreaks,
            boolean desk, Seq<Integer> holidays, Option<Integer> makeUpDay) {}

    /** The codes of the three-shift system, in the order of {@link Shape#minimums()}. */
    private static final Seq<String> THREE_SHIFTS = List.of("N", "D", "E");

    public static Arbitrary<Shape> shapes() {
        return Builders.withBuilder(() -> new Shape(0, 1, List.of(1, 1, 1), 0, false, false, List.empty(), Option.none()))
                .use(Arbitraries.integers().between(0, 23)).in((shape, month) -> new Shape(month, shape.roundTheClockPosts(),
                        shape.minimums(), shape.holidayExtra(), shape.mealBreaks(), shape.desk(), shape.holidays(), shape.makeUpDay()))
                .use(Arbitraries.integers().between(1, 3)).in((shape, posts) -> new Shape(shape.month(), posts,
                        shape.minimums(), shape.holidayExtra(), shape.mealBreaks(), shape.desk(), shape.holidays(), shape.makeUpDay()))
                .use(Arbitraries.integers().between(1, 2).list().ofSize(3)).in((shape, minimums) -> new Shape(shape.month(),
                        shape.roundTheClockPosts(), List.ofAll(minimums), shape.holidayExtra(), shape.mealBreaks(), shape.desk(),
                        shape.holidays(), shape.makeUpDay()))
                .use(Arbitraries.integers().between(0, 1)).in((shape, extra) -> new Shape(shape.month(), shape.roundTheClockPosts(),
                        shape.minimums(), extra, shape.mealBreaks(), shape.desk(), shape.holidays(), shape.makeUpDay()))
                .use(Arbitraries.of(false, true)).in((shape, meals) -> new Shape(shape.month(), shape.roundTheClockPosts(),
                        shape.minimums(), shape.holidayExtra(), meals, shape.desk(), shape.holidays(), shape.makeUpDay()))
                .use(Arbitraries.of(false, true)).in((shape, desk) -> new Shape(shape.month(), shape.roundTheClockPosts(),
                        shape.minimums(), shape.holidayExtra(), shape.mealBreaks(), desk, shape.holidays(), shape.makeUpDay()))
                .use(Arbitraries.integers().between(1, 28).list().ofMaxSize(3)).in((shape, days) -> new Shape(shape.month(),
                        shape.roundTheClockPosts(), shape.minimums(), shape.holidayExtra(), shape.mealBreaks(), shape.desk(),
                        List.ofAll(days).distinct(), shape.makeUpDay()))
                .use(Arbitraries.integers().between(1, 28).optional()).in((shape, day) -> new Shape(shape.month(),
                        shape.roundTheClockPosts(), shape.minimums(), shape.holidayExtra(), shape.mealBreaks(), shape.desk(),
                        shape.holidays(), Option.ofOptional(day)))
                .build();
    }

    /** Valid drafts, one month each. */
    public static Arbitrary<ValidRoster> validRosters() {
        return shapes().map(RosterArbitraries::build);
    }

    /** Valid rosters published on time (a month ahead) by the supervisor. */
    public static Arbitrary<ValidRoster> publishedRosters() {
        return validRosters().map(valid -> new ValidRoster(
                valid.roster().publish(supervisor(), valid.roster().period().first().minusMonths(1).withDayOfMonth(1)
                                .atStartOfDay(SHANGHAI).toInstant(), valid.calendar(), valid.policy())
                        .getOrElseThrow(refused -> new IllegalStateException("a generated roster must publish: " + refused))
                        .roster(),
                valid.calendar(), valid.policy()));
    }

    /** The supervisor of every generated post, in the security department: schedules and approves. */
    public static StaffMember supervisor() {
        return new StaffMember(SUPERVISOR, OFFICE, "supervisor", Role.SUPERVISOR, Department.SECURITY, Option.some(MANAGER),
                Role.SUPERVISOR.defaultClearance());
    }

    public static PostId roundTheClockPost(int index) {
        return new PostId(new UUID(0xA4B1, index));
    }

    public static StaffId guard(int post, int crew, int member) {
        return new StaffId(new UUID(0xA4B2, post * 100 + crew * 10 + member));
    }

    public static ValidRoster build(Shape shape) {
        YearMonth month = YearMonth.of(2026, 1).plusMonths(shape.month());
        RosterPeriod period = RosterPeriod.month(month);
        BusinessCalendar.Builder builder = BusinessCalendar.in(SHANGHAI);
        for (int day : shape.holidays()) {
            builder = builder.holiday(month.atDay(day));
        }
        if (shape.makeUpDay().isDefined() && !shape.holidays().contains(shape.makeUpDay().get())) {
            builder = builder.makeUpWorkingDay(month.atDay(shape.makeUpDay().get()));
        }
        BusinessCalendar calendar = builder.build();
        int crewSize = shape.minimums().max().get() + shape.holidayExtra() + (shape.mealBreaks() ? 1 : 0);
        Seq<Post> posts = List.empty();
        Seq<Assignment> assignments = List.empty();
        Map<StaffId, Role> team = HashMap.of(SUPERVISOR, Role.SUPERVISOR, MANAGER, Role.DEPARTMENT_MANAGER);
        for (StaffId reserve : RESERVES) {
            team = team.put(reserve, Role.SECURITY_OFFICER);
        }
        for (int p = 0; p < shape.roundTheClockPosts(); p++) {
            int index = p;
            Post post = Post.roundTheClock(roundTheClockPost(p), "post " + p, Department.SECURITY, SUPERVISOR, 0, 0);
            for (int s = 0; s < THREE_SHIFTS.size(); s++) {
                int minimum = shape.minimums().get(s);
                post = post.withStaffing(THREE_SHIFTS.get(s), Staffing.of(minimum, minimum + shape.holidayExtra()));
            }
            posts = posts.append(post);
            Post staffed = post;
            Seq<Seq<StaffId>> crews = List.range(0, 4).map(crew -> List.range(0, crewSize).map(member -> guard(index, crew, member)));
            for (StaffId guard : crews.flatMap(crew -> crew)) {
                team = team.put(guard, Role.SECURITY_OFFICER);
            }
            Seq<Assignment> rotation = OctoberOffice.rotation(post.id(), crews, period)
                    .filter(assignment -> member(assignment, crews) < needed(staffed, assignment, calendar, shape.mealBreaks()));
            if (shape.mealBreaks()) {
                rotation = rotation.map(assignment -> assignment.shift().equals("D")
                        ? withStaggeredBreak(assignment, crews) : assignment);
            }
            assignments = assignments.appendAll(rotation);
        }
        if (shape.desk()) {
            Post desk = Post.officeHours(DESK, "front desk", Department.CUSTOMER_SERVICE, SUPERVISOR, ShiftPattern.of(
                    Shift.of("O", LocalTime.of(9, 0), LocalTime.of(18, 0)).withMealBreak(LocalTime.of(12, 0), LocalTime.of(12, 30))), 1);
            posts = posts.append(desk);
            StaffId first = new StaffId(new UUID(0xA4B3, 1));
            StaffId second = new StaffId(new UUID(0xA4B3, 2));
            team = team.put(first, Role.CUSTOMER_SERVICE_ASSISTANT).put(second, Role.CUSTOMER_SERVICE_ASSISTANT);
            assignments = assignments.appendAll(period.dates().filter(calendar::isWorkingDay).flatMap(date -> List.of(
                    Assignment.of(first, DESK, "O", date),
                    Assignment.of(second, DESK, "O", date).withMealBreak(LocalTime.of(12, 30), LocalTime.of(13, 0)))));
        }
        posts = posts.append(Post.dutyManager(DUTY_MANAGER, SUPERVISOR, Department.SECURITY,
                Shift.of("M", LocalTime.of(8, 0), LocalTime.of(17, 0))));
        assignments = assignments.appendAll(period.dates().zipWithIndex()
                .map(day -> Assignment.of(day._2 % 2 == 0 ? MANAGER : SUPERVISOR, DUTY_MANAGER, "M", day._1)));
        Roster roster = Roster.draft(ROSTER, OFFICE, Department.SECURITY, period, posts, team, HashSet.empty(), SUPERVISOR,
                        period.first().minusMonths(2).atStartOfDay(SHANGHAI).toInstant())
                .get().roster()
                .plan(assignments, List.empty()).get().roster();
        return new ValidRoster(roster, calendar, RosterPolicy.defaults());
    }

    /** The guards of a crew a shift takes: as many as it needs that day, one more for lunches on a day shift. */
    private static int needed(Post post, Assignment assignment, BusinessCalendar calendar, boolean mealBreaks) {
        Shift shift = post.pattern().shift(assignment.shift()).get();
        return post.required(shift, assignment.date(), calendar) + (mealBreaks && assignment.shift().equals("D") ? 1 : 0);
    }

    private static int member(Assignment assignment, Seq<Seq<StaffId>> crews) {
        return crews.map(crew -> crew.indexOf(assignment.staff())).find(index -> index >= 0).get();
    }

    /** The k-th member of a crew takes the k-th half hour from noon for lunch, so only one is away at a time. */
    private static Assignment withStaggeredBreak(Assignment assignment, Seq<Seq<StaffId>> crews) {
        int member = member(assignment, crews);
        LocalTime from = LocalTime.of(12, 0).plusMinutes(30L * member);
        return assignment.withMealBreak(from, from.plusMinutes(30));
    }

    /** A date within the roster's period. */
    public static LocalDate dateIn(RosterPeriod period, int index) {
        return period.first().plusDays(Math.floorMod(index, period.dates().size()));
    }
}
