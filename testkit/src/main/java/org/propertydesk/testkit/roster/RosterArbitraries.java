package org.propertydesk.testkit.roster;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.ChangeRequest;
import org.propertydesk.domain.roster.ChangeRequestId;
import org.propertydesk.domain.roster.Interval;
import org.propertydesk.domain.roster.PostLeaving;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPeriod;
import org.propertydesk.domain.roster.RosterOutcome;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.domain.roster.RosterRejection;
import org.propertydesk.domain.roster.RosterVersion;
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

    // ---- rosters with a history, as a store must keep them ---------------------------------------

    /** The longest shift code {@link #rostersWithHistory()} generates: a store keeps codes this long. */
    public static final int LONGEST_SHIFT_CODE = 40;

    /** The longest free text {@link #texts()} generates (names, reasons, certificates). */
    public static final int LONGEST_TEXT = 2000;

    /**
     * Non-blank free text as staff type it: Latin letters, Chinese (including characters outside
     * the Basic Multilingual Plane such as 𠮷), emoji, inner and outer spaces, and now and then the
     * {@link #LONGEST_TEXT longest} text.
     */
    public static Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars(' ', '-', '.', '\'')
                        .ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars('，', '。', '、').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("𠮷野家", "交接班 😀", "值班日志", "  ", "No. 2"));
        Arbitrary<String> typed = pieces.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
        Arbitrary<String> longest = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars(' ', 'a')
                .ofLength(LONGEST_TEXT - 2).map(text -> "长" + text + "尾");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, typed), net.jqwik.api.Tuple.of(1, longest))
                .filter(text -> !text.isBlank());
    }

    /**
     * Rosters with everything a store must keep, valid by construction (each step is a command the
     * roster accepted): a bare draft with no team, schedulers or assignments; or a generated month
     * with posts renamed in free text and shift codes up to {@link #LONGEST_SHIFT_CODE} long,
     * designated schedulers, perhaps an excused late publication, perhaps published, and then some
     * acknowledgements, requested swaps, replacements and sick leaves (approved, which supersedes a
     * version, rejected or pending), and temporary absences or post leavings with and without consent
     * and relief.
     */
    public static Arbitrary<Roster> rostersWithHistory() {
        Arbitrary<Roster> lived = Combinators.combine(
                        shapes(),
                        texts().list().ofMinSize(1).ofMaxSize(3),
                        shiftCodeSuffixes(),
                        Arbitraries.subsetOf(RESERVES.toJavaList()),
                        texts().optional(),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(1, false), net.jqwik.api.Tuple.of(4, true)),
                        happenings().list().ofMaxSize(10))
                .as((shape, names, suffix, schedulers, lateReason, publish, happenings) -> live(
                        build(shape), List.ofAll(names), suffix, HashSet.ofAll(schedulers), Option.ofOptional(lateReason),
                        publish, List.ofAll(happenings)));
        Arbitrary<Roster> bare = Combinators.combine(Arbitraries.integers().between(0, 23), texts())
                .as((month, name) -> {
                    RosterPeriod period = RosterPeriod.month(YearMonth.of(2026, 1).plusMonths(month));
                    Post duty = Post.dutyManager(DUTY_MANAGER, SUPERVISOR, Department.SECURITY,
                            Shift.of("M", LocalTime.of(8, 0), LocalTime.of(17, 0)));
                    Post named = new Post(duty.id(), name, duty.department(), duty.supervisor(), duty.pattern(),
                            duty.aroundTheClock(), duty.workingDaysOnly(), duty.dutyManagerPost(), duty.staffing());
                    return Roster.draft(ROSTER, OFFICE, Department.SECURITY, period, List.of(named), HashMap.empty(),
                                    HashSet.empty(), SUPERVISOR, period.first().minusMonths(2).atStartOfDay(SHANGHAI).toInstant())
                            .get().roster();
                });
        // Edge cases would mostly repeat the simplest shapes; the empty and longest values are generated on purpose.
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, bare), net.jqwik.api.Tuple.of(6, lived)).withoutEdgeCases();
    }

    /** Appended to every shift code: nothing, a little, or enough to reach the longest code. */
    private static Arbitrary<String> shiftCodeSuffixes() {
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofLength(LONGEST_SHIFT_CODE - 1));
    }

    /** What may happen to a published roster; {@code pick} chooses among the candidates, {@code text} is any reason. */
    public record Happening(Kind kind, int pick, String text, boolean flag) {
        public enum Kind { ACKNOWLEDGE, REPLACEMENT, SICK_LEAVE, SWAP, APPROVE, REJECT, LEAVE_POST }
    }

    private static Arbitrary<Happening> happenings() {
        Arbitrary<Happening.Kind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(2, Happening.Kind.ACKNOWLEDGE),
                net.jqwik.api.Tuple.of(2, Happening.Kind.REPLACEMENT),
                net.jqwik.api.Tuple.of(1, Happening.Kind.SICK_LEAVE),
                net.jqwik.api.Tuple.of(1, Happening.Kind.SWAP),
                net.jqwik.api.Tuple.of(3, Happening.Kind.APPROVE),
                net.jqwik.api.Tuple.of(1, Happening.Kind.REJECT),
                net.jqwik.api.Tuple.of(3, Happening.Kind.LEAVE_POST));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 1000), texts(),
                        Arbitraries.of(false, true))
                .as(Happening::new);
    }

    private static Roster live(ValidRoster valid, Seq<String> names, String suffix, Set<StaffId> schedulers,
            Option<String> lateReason, boolean publish, Seq<Happening> happenings) {
        Roster draft = relabel(valid.roster(), names, suffix, schedulers);
        Instant publishing = draft.period().first().minusMonths(1).withDayOfMonth(1).atStartOfDay(SHANGHAI).toInstant();
        if (lateReason.isDefined()) {
            StaffMember manager = new StaffMember(MANAGER, OFFICE, "manager", Role.DEPARTMENT_MANAGER, Department.SECURITY,
                    Option.none(), Role.DEPARTMENT_MANAGER.defaultClearance());
            draft = accepted(draft.excuseLatePublication(manager, lateReason.get(), publishing.minusSeconds(3600))).roster();
        }
        if (!publish) {
            return draft;
        }
        Roster roster = accepted(draft.publish(supervisor(), publishing, valid.calendar(), valid.policy())).roster();
        int step = 0;
        for (Happening happening : happenings) {
            step++;
            Instant at = publishing.plusSeconds(3600L * step).plusNanos(happening.pick());
            roster = happen(roster, happening, step, at, valid).getOrElse(roster);
        }
        return roster;
    }

    /** The roster after the happening, or nothing when the roster refuses it (the generator then skips it). */
    private static Option<Roster> happen(Roster roster, Happening happening, int step, Instant at, ValidRoster valid) {
        RosterVersion.Published published = roster.published().get();
        Seq<Assignment> shifts = published.assignments().toList()
                .filter(assignment -> !assignment.post().equals(DUTY_MANAGER) && !assignment.post().equals(DESK))
                .sortBy(assignment -> assignment.date() + " " + assignment.post() + " " + assignment.shift() + " " + assignment.staff());
        Seq<ChangeRequest> pending = roster.changes().filter(ChangeRequest::pending);
        StaffId reserve = RESERVES.get(happening.pick() % RESERVES.size());
        ChangeRequestId change = new ChangeRequestId(new UUID(0xA4B5, step));
        Map<StaffId, Role> reserveRole = HashMap.of(reserve, Role.SECURITY_OFFICER);
        Either<Rejections<RosterRejection>, RosterOutcome> outcome;
        switch (happening.kind()) {
            case ACKNOWLEDGE -> {
                Seq<StaffId> awaiting = published.awaitingAcknowledgement().toList().sortBy(StaffId::value);
                if (awaiting.isEmpty()) {
                    return Option.none();
                }
                outcome = roster.acknowledge(awaiting.get(happening.pick() % awaiting.size()), published.number(), at);
            }
            case REPLACEMENT -> {
                Assignment assignment = shifts.get(happening.pick() % shifts.size());
                outcome = roster.requestChange(change, new ChangeKind.Replacement(assignment, reserve), assignment.staff(),
                        happening.text(), reserveRole, at, SHANGHAI, valid.policy());
            }
            case SICK_LEAVE -> {
                Assignment assignment = shifts.get(happening.pick() % shifts.size());
                outcome = roster.requestChange(change, new ChangeKind.SickLeave(assignment, Option.some(happening.text()),
                                Option.some(reserve)), assignment.staff(), "病假", reserveRole, at, SHANGHAI, valid.policy());
            }
            case SWAP -> {
                Assignment first = shifts.get(happening.pick() % shifts.size());
                Seq<Assignment> others = shifts.filter(other -> !other.staff().equals(first.staff()));
                if (others.isEmpty()) {
                    return Option.none();
                }
                outcome = roster.requestChange(change, new ChangeKind.Swap(first, others.get(happening.pick() % others.size())),
                        first.staff(), happening.text(), HashMap.empty(), at, SHANGHAI, valid.policy());
            }
            case APPROVE -> {
                if (pending.isEmpty()) {
                    return Option.none();
                }
                outcome = roster.approveChange(pending.get(happening.pick() % pending.size()).id(), supervisor(), at,
                        valid.calendar(), valid.policy());
            }
            case REJECT -> {
                if (pending.isEmpty()) {
                    return Option.none();
                }
                outcome = roster.rejectChange(pending.get(happening.pick() % pending.size()).id(), supervisor(), happening.text(), at);
            }
            default -> {
                Assignment assignment = shifts.get(happening.pick() % shifts.size());
                Shift shift = roster.post(assignment.post()).get().pattern().shift(assignment.shift()).get();
                Instant start = shift.on(assignment.date(), SHANGHAI).start().plusSeconds(3600);
                Interval away = new Interval(start, start.plusSeconds(1800 + happening.pick()));
                Option<StaffId> consent = happening.flag() ? Option.some(SUPERVISOR) : Option.when(happening.pick() % 3 == 0, reserve);
                Option<PostLeaving.Relief> relief = happening.pick() % 4 == 0
                        ? Option.none()
                        : Option.some(new PostLeaving.Relief(reserve, start.plusSeconds(happening.pick() % 2 == 0 ? -300 : 300)));
                outcome = roster.leavePost(assignment.staff(), assignment.post(), away, consent, relief, SHANGHAI);
            }
        }
        return outcome.toOption().map(RosterOutcome::roster);
    }

    /** The same draft with posts renamed, {@code suffix} appended to every shift code, and designated schedulers. */
    private static Roster relabel(Roster draft, Seq<String> names, String suffix, Set<StaffId> schedulers) {
        Seq<Post> posts = draft.posts().zipWithIndex().map(numbered -> {
            Post post = numbered._1;
            ShiftPattern pattern = new ShiftPattern(post.pattern().shifts()
                    .map(shift -> new Shift(shift.code() + suffix, shift.start(), shift.end(), shift.mealBreak())));
            return new Post(post.id(), names.get(numbered._2 % names.size()), post.department(), post.supervisor(), pattern,
                    post.aroundTheClock(), post.workingDaysOnly(), post.dutyManagerPost(),
                    post.staffing().mapKeys(code -> code + suffix));
        });
        Set<Assignment> assignments = draft.current().assignments()
                .map(assignment -> new Assignment(assignment.staff(), assignment.post(), assignment.shift() + suffix,
                        assignment.date(), assignment.mealBreak()));
        return new Roster(draft.id(), draft.office(), draft.department(), draft.period(), posts, draft.team(), schedulers,
                draft.latePublicationApproval(), List.of(new RosterVersion.Draft(draft.current().number(), assignments)),
                draft.changes(), draft.leavings(), draft.version());
    }

    private static RosterOutcome accepted(Either<Rejections<RosterRejection>, RosterOutcome> result) {
        return result.getOrElseThrow(refused -> new IllegalStateException("a generated roster must accept this step: " + refused));
    }

    /** A date within the roster's period. */
    public static LocalDate dateIn(RosterPeriod period, int index) {
        return period.first().plusDays(Math.floorMod(index, period.dates().size()));
    }
}
