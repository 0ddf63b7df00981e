package org.propertydesk.domain.roster;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.TimeWindow;
import org.propertydesk.domain.roster.RosterRejection.DoubleBooking;
import org.propertydesk.domain.roster.RosterRejection.HolidayDutyNotStrengthened;
import org.propertydesk.domain.roster.RosterRejection.MealBreakOutsideShift;
import org.propertydesk.domain.roster.RosterRejection.NoDutyManager;
import org.propertydesk.domain.roster.RosterRejection.RosterViolation;
import org.propertydesk.domain.roster.RosterRejection.ShortRest;
import org.propertydesk.domain.roster.RosterRejection.TilingGap;
import org.propertydesk.domain.roster.RosterRejection.TilingOverlap;
import org.propertydesk.domain.roster.RosterRejection.TooManyConsecutiveNights;
import org.propertydesk.domain.roster.RosterRejection.Uncovered;

/**
 * Validates one roster version and returns every violation (R-RO-1..R-RO-5), sorted by date,
 * rule, post and interval; the result does not depend on the order of the assignments.
 *
 * <p>Cost: O(A log K + P·D·S + V log V) for A assignments, K the most assignments of one person,
 * P posts, D days, S shifts per post and V violations found; each shift's minimum is one hash
 * look-up in its post's staffing. Assignments are put into hash buckets once — by slot (post,
 * shift, date) for coverage, whose interval is computed once per slot, and by person for double
 * booking and rest — and each assignment is compared only with the same person's assignments of
 * the two days before and after, a number bounded by the shift pattern, never with the whole
 * roster (no pairwise scan). Besides the result's, the only sorts are of one person's assignments
 * by date and of the meal breaks inside one slot.
 */
public final class RosterValidation {

    private static final int NEIGHBOUR_DAYS = 2;

    private final Seq<Post> posts;
    private final Map<StaffId, Role> team;
    private final RosterPeriod period;
    private final BusinessCalendar calendar;
    private final RosterPolicy policy;
    private final ZoneId zone;

    private RosterValidation(Seq<Post> posts, Map<StaffId, Role> team, RosterPeriod period, BusinessCalendar calendar, RosterPolicy policy) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.team = Objects.requireNonNull(team, "team");
        this.period = Objects.requireNonNull(period, "period");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.zone = calendar.zone();
    }

    /** Every violation of the assignments against the posts, the office's calendar and the policy. */
    public static Seq<RosterViolation> violations(
            Seq<Post> posts,
            Map<StaffId, Role> team,
            RosterPeriod period,
            Iterable<Assignment> assignments,
            BusinessCalendar calendar,
            RosterPolicy policy) {
        return new RosterValidation(posts, team, period, calendar, policy).run(assignments);
    }

    /**
     * R-RO-1 alone: where a round-the-clock post's shifts leave part of the day uncovered or overlap,
     * read on the 24 h dial (a shift crossing midnight covers the small hours of the day too) and
     * reported as instants of {@code date}.
     */
    public static Seq<RosterViolation> tiling(Post post, LocalDate date, ZoneId zone) {
        if (!post.aroundTheClock()) {
            return List.empty();
        }
        long day = Duration.ofDays(1).toNanos();
        java.util.List<long[]> marks = new ArrayList<>();
        for (Shift shift : post.pattern().shifts()) {
            long from = shift.start().toNanoOfDay();
            long to = shift.end().toNanoOfDay();
            long length = Math.floorMod(to - from, day) == 0 ? day : Math.floorMod(to - from, day);
            if (from + length <= day) {
                marks.add(new long[] {from, 1});
                marks.add(new long[] {from + length, -1});
            } else {
                marks.add(new long[] {from, 1});
                marks.add(new long[] {day, -1});
                marks.add(new long[] {0, 1});
                marks.add(new long[] {from + length - day, -1});
            }
        }
        marks.add(new long[] {0, 0});
        marks.add(new long[] {day, 0});
        marks.sort(Comparator.comparingLong(mark -> mark[0]));
        java.util.List<RosterViolation> found = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < marks.size() - 1; i++) {
            depth += (int) marks.get(i)[1];
            long from = marks.get(i)[0];
            long to = marks.get(i + 1)[0];
            if (to <= from || depth == 1) {
                continue;
            }
            Interval piece = new Interval(at(date, from, zone), at(date, to, zone));
            found.add(depth == 0 ? new TilingGap(post.id(), date, piece) : new TilingOverlap(post.id(), date, piece));
        }
        return merged(found);
    }

    private static Instant at(LocalDate date, long nanoOfDay, ZoneId zone) {
        return nanoOfDay >= Duration.ofDays(1).toNanos()
                ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : java.time.ZonedDateTime.of(date, java.time.LocalTime.ofNanoOfDay(nanoOfDay), zone).toInstant();
    }

    private static Seq<RosterViolation> merged(java.util.List<RosterViolation> pieces) {
        List<RosterViolation> result = List.empty();
        for (RosterViolation piece : pieces) {
            RosterViolation last = result.isEmpty() ? null : result.last();
            if (last != null && last.getClass() == piece.getClass() && last.interval().end().equals(piece.interval().start())) {
                Interval joined = new Interval(last.interval().start(), piece.interval().end());
                result = result.init().append(last instanceof TilingGap
                        ? new TilingGap(piece.post(), piece.date(), joined)
                        : new TilingOverlap(piece.post(), piece.date(), joined));
            } else {
                result = result.append(piece);
            }
        }
        return result;
    }

    private Seq<RosterViolation> run(Iterable<Assignment> assignments) {
        java.util.List<RosterViolation> found = new ArrayList<>();
        HashMap<PostId, Post> postsById = new HashMap<>();
        posts.forEach(post -> postsById.put(post.id(), post));
        posts.forEach(post -> found.addAll(tiling(post, period.first(), zone).asJava()));

        HashMap<Slot, java.util.List<Worked>> bySlot = new HashMap<>();
        HashMap<StaffId, java.util.List<Worked>> byStaff = new HashMap<>();
        HashMap<Slot, Interval> slotIntervals = new HashMap<>();
        HashMap<StaffId, HashMap<LocalDate, Worked>> nights = new HashMap<>();
        HashSet<LocalDate> managed = new HashSet<>();
        for (Assignment assignment : assignments) {
            Post post = postsById.get(assignment.post());
            if (post == null || !period.contains(assignment.date())) {
                continue; // the aggregate refuses these on entry (UnknownPost, OutsidePeriod)
            }
            Shift shift = post.pattern().shift(assignment.shift()).getOrNull();
            if (shift == null) {
                continue; // refused on entry (UnknownShift)
            }
            Slot slot = new Slot(post.id(), shift.code(), assignment.date());
            Interval interval = slotIntervals.computeIfAbsent(slot, key -> shift.on(key.date(), zone));
            Interval pause = assignment.mealBreak().orElse(shift.mealBreak())
                    .map(window -> shift.breakOn(window, assignment.date(), zone)).getOrNull();
            if (pause != null && !interval.encloses(pause)) {
                found.add(new MealBreakOutsideShift(assignment.staff(), post.id(), assignment.date(), pause));
                pause = null;
            }
            Worked worked = new Worked(assignment, interval, pause, shift.isNight(), post.aroundTheClock());
            bySlot.computeIfAbsent(slot, key -> new ArrayList<>()).add(worked);
            byStaff.computeIfAbsent(assignment.staff(), key -> new ArrayList<>()).add(worked);
            if (worked.night) {
                nights.computeIfAbsent(assignment.staff(), staff -> new HashMap<>()).put(assignment.date(), worked);
            }
            if (post.dutyManagerPost() && team.get(assignment.staff()).exists(Role::isManagerial)) {
                managed.add(assignment.date());
            }
        }
        coverage(bySlot, found);
        dutyManagers(managed, found);
        doubleBookingAndRest(byStaff, found);
        consecutiveNights(nights, found);
        return List.ofAll(found).distinct().sorted(ORDER);
    }

    /**
     * R-RO-2 and R-RO-5: every shift of every staffed day has that shift's own minimum (its holiday
     * minimum on a statutory holiday) at every moment, meal breaks counted as absence. Holes of one
     * post and date that touch are reported as one only when they lack the same number of staff
     * against the same required number, so a hole across a day shift needing two and an evening
     * needing one is two violations, each naming its shift's number. The duty-manager post is
     * R-RO-3's business (a day without its manager is reported once, there).
     */
    private void coverage(HashMap<Slot, java.util.List<Worked>> bySlot, java.util.List<RosterViolation> found) {
        for (Post post : posts.filter(candidate -> !candidate.dutyManagerPost())) {
            for (LocalDate date : period.dates()) {
                for (Shift shift : post.pattern().shifts()) {
                    int required = post.required(shift, date, calendar);
                    if (required == 0) {
                        continue;
                    }
                    int minimum = Math.min(required, post.staffing(shift).ordinary());
                    Interval interval = shift.on(date, zone);
                    java.util.List<Worked> slot = bySlot.getOrDefault(new Slot(post.id(), shift.code(), date), java.util.List.of());
                    HashMap<StaffId, Worked> distinct = new HashMap<>();
                    slot.forEach(worked -> distinct.putIfAbsent(worked.assignment.staff(), worked));
                    java.util.List<Mark> marks = new ArrayList<>();
                    marks.add(new Mark(interval.start(), 0));
                    marks.add(new Mark(interval.end(), 0));
                    for (Worked worked : distinct.values()) {
                        if (worked.pause != null) {
                            marks.add(new Mark(worked.pause.start(), -1));
                            marks.add(new Mark(worked.pause.end(), +1));
                        }
                    }
                    marks.sort(Comparator.comparing(Mark::at));
                    int present = distinct.size();
                    for (int i = 0; i < marks.size() - 1; i++) {
                        present += marks.get(i).delta;
                        Instant from = marks.get(i).at;
                        Instant to = marks.get(i + 1).at;
                        if (!to.isAfter(from)) {
                            continue;
                        }
                        Interval piece = new Interval(from, to);
                        if (present < minimum) {
                            found.add(new Uncovered(post.id(), date, piece, minimum, present));
                        } else if (present < required) {
                            found.add(new HolidayDutyNotStrengthened(post.id(), date, piece, required, present));
                        }
                    }
                }
            }
        }
        mergeAdjacent(found);
    }

    /**
     * Joins touching pieces of one post and date that have the same staff present and the same
     * required number: a hole split only by a meal-break mark or a shift change that changed neither.
     */
    private static void mergeAdjacent(java.util.List<RosterViolation> found) {
        for (int i = found.size() - 1; i > 0; i--) {
            RosterViolation later = found.get(i);
            RosterViolation earlier = found.get(i - 1);
            if (later instanceof Uncovered l && earlier instanceof Uncovered e
                    && l.post().equals(e.post()) && l.date().equals(e.date()) && l.present() == e.present()
                    && l.required() == e.required() && e.interval().end().equals(l.interval().start())) {
                found.set(i - 1, new Uncovered(e.post(), e.date(), new Interval(e.interval().start(), l.interval().end()), e.required(), e.present()));
                found.remove(i);
            } else if (later instanceof HolidayDutyNotStrengthened l && earlier instanceof HolidayDutyNotStrengthened e
                    && l.post().equals(e.post()) && l.date().equals(e.date()) && l.present() == e.present()
                    && l.required() == e.required() && e.interval().end().equals(l.interval().start())) {
                found.set(i - 1, new HolidayDutyNotStrengthened(e.post(), e.date(), new Interval(e.interval().start(), l.interval().end()), e.required(), e.present()));
                found.remove(i);
            }
        }
    }

    /** R-RO-3: each day of the period has a manager on a duty-manager post. */
    private void dutyManagers(HashSet<LocalDate> managed, java.util.List<RosterViolation> found) {
        posts.find(Post::dutyManagerPost).forEach(post -> {
            for (LocalDate date : period.dates()) {
                if (!managed.contains(date)) {
                    found.add(new NoDutyManager(post.id(), date, post.pattern().shifts().head().on(date, zone)));
                }
            }
        });
    }

    /**
     * R-RO-4: nobody on two shifts at once, and enough rest between one shift and the next. Each
     * person's assignments are sorted by date once, and each is compared only with the following
     * ones up to {@value #NEIGHBOUR_DAYS} days later: every pair within that reach exactly once,
     * the lesser in {@link #WORKED_ORDER} first, so the result does not depend on input order.
     */
    private void doubleBookingAndRest(HashMap<StaffId, java.util.List<Worked>> byStaff, java.util.List<RosterViolation> found) {
        for (java.util.List<Worked> worked : byStaff.values()) {
            worked.sort(BY_DATE);
            for (int i = 0; i < worked.size(); i++) {
                Worked one = worked.get(i);
                LocalDate reach = one.assignment.date().plusDays(NEIGHBOUR_DAYS);
                for (int j = i + 1; j < worked.size() && !worked.get(j).assignment.date().isAfter(reach); j++) {
                    Worked other = worked.get(j);
                    int order = WORKED_ORDER.compare(one, other);
                    if (order == 0) {
                        continue; // the same assignment twice
                    }
                    Worked first = order < 0 ? one : other;
                    Worked second = order < 0 ? other : one;
                    if (first.interval.overlaps(second.interval)) {
                        found.add(new DoubleBooking(first.assignment.staff(), first.assignment.post(), second.assignment.post(),
                                second.assignment.date(), first.interval.intersection(second.interval)));
                    } else {
                        shortRest(first, second, found);
                    }
                }
            }
        }
    }

    private void shortRest(Worked a, Worked b, java.util.List<RosterViolation> found) {
        Worked earlier = a.interval.start().isBefore(b.interval.start()) ? a : b;
        Worked later = earlier == a ? b : a;
        // the parts of a split shift (same day, same post that is not staffed around the clock) are one duty
        boolean splitDuty = earlier.assignment.date().equals(later.assignment.date())
                && earlier.assignment.post().equals(later.assignment.post()) && !earlier.roundTheClock;
        Duration rest = Duration.between(earlier.interval.end(), later.interval.start());
        if (!splitDuty && rest.compareTo(policy.minimumRest()) < 0) {
            found.add(new ShortRest(later.assignment.staff(), later.assignment.post(), later.assignment.date(), later.interval,
                    rest, policy.minimumRest()));
        }
    }

    /** R-RO-4: walks each run of nights once from its first night, so the cost is the number of nights. */
    private void consecutiveNights(HashMap<StaffId, HashMap<LocalDate, Worked>> nights, java.util.List<RosterViolation> found) {
        for (java.util.Map.Entry<StaffId, HashMap<LocalDate, Worked>> staff : nights.entrySet()) {
            HashMap<LocalDate, Worked> dates = staff.getValue();
            for (LocalDate date : dates.keySet()) {
                if (dates.containsKey(date.minusDays(1))) {
                    continue; // not the first night of a run
                }
                int run = 1;
                while (dates.containsKey(date.plusDays(run))) {
                    run++;
                }
                if (run > policy.maxConsecutiveNights()) {
                    Worked last = dates.get(date.plusDays(run - 1));
                    Worked first = dates.get(date);
                    found.add(new TooManyConsecutiveNights(staff.getKey(), last.assignment.post(), last.assignment.date(),
                            new Interval(first.interval.start(), last.interval.end()), run, policy.maxConsecutiveNights()));
                }
            }
        }
    }

    private static final Comparator<RosterViolation> ORDER = Comparator
            .comparing(RosterViolation::date)
            .thenComparing(violation -> violation.rule().id())
            .thenComparing(violation -> violation.post().value())
            .thenComparing(RosterViolation::interval)
            .thenComparing(Object::toString);

    private static final Comparator<Worked> WORKED_ORDER = Comparator
            .comparing((Worked worked) -> worked.interval)
            .thenComparing(worked -> worked.assignment.post().value())
            .thenComparing(worked -> worked.assignment.shift())
            .thenComparing(worked -> worked.assignment.mealBreak().getOrNull(),
                    Comparator.nullsFirst(Comparator.comparing(TimeWindow::start).thenComparing(TimeWindow::end)));

    private static final Comparator<Worked> BY_DATE = Comparator.comparing(worked -> worked.assignment.date());

    private record Slot(PostId post, String shift, LocalDate date) {}

    private record Mark(Instant at, int delta) {}

    private record Worked(Assignment assignment, Interval interval, Interval pause, boolean night, boolean roundTheClock) {}
}
