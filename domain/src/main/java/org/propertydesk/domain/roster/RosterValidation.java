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
 * P posts, D days, S shifts per post and V violations found. Days are indexed from the period's
 * first, so a post's slots (shift × day) are an array, not hash keys; each day's standing on the
 * calendar is looked up once, and each distinct shift's instants once per day, however many posts
 * share it. Assignments are bucketed once — by slot for coverage and by person for double
 * booking, rest and nights — and each assignment is compared only with the same person's
 * assignments of the two days before and after, a number bounded by the shift pattern, never
 * with the whole roster (no pairwise scan). Besides the result's, the only sorts are of one
 * person's assignments by day (skipped when the roster lists them in day order already) and of
 * the meal breaks inside one slot.
 *
 * <p>Memory: one small object per assignment and arrays per post, person and day; a slot's
 * workers are a chain through those objects, not a list of their own, and the walk over a slot
 * allocates nothing unless it finds a violation. A 2,000-staff month allocates about as much as a
 * hash map of its assignments by person and day, which keeps validation linear where the roster
 * no longer fits the processor's caches.
 */
public final class RosterValidation {

    private static final int NEIGHBOUR_DAYS = 2;

    private static final int SMALL_SLOT = 8;

    private static final int KEPT_WINDOWS = 4;

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
        Days days = new Days(period, calendar);
        HashMap<Shift, ShiftTimes> times = new HashMap<>();
        HashMap<PostId, PostSlots> postsById = new HashMap<>(capacity(posts.size()));
        posts.forEach(post -> postsById.put(post.id(), new PostSlots(post, days, times)));
        posts.forEach(post -> found.addAll(tiling(post, period.first(), zone).asJava()));

        // each person numbered in order of first appearance: a roster lists a team's assignments together, so the
        // people walked one after the other have theirs near in memory
        HashMap<StaffId, Integer> people = new HashMap<>(capacity(team.size()));
        java.util.List<java.util.List<Worked>> byPerson = new ArrayList<>(team.size());
        java.util.BitSet outOfDayOrder = new java.util.BitSet();
        boolean[] managed = new boolean[days.count()];
        PostSlots slots = null;
        for (Assignment assignment : assignments) {
            // a roster lists one post's assignments together, so the last post found is usually the next one's
            if (slots == null || !slots.post.id().equals(assignment.post())) {
                slots = postsById.get(assignment.post());
            }
            int day = days.indexOf(assignment.date());
            if (slots == null || day < 0) {
                continue; // the aggregate refuses these on entry (UnknownPost, OutsidePeriod)
            }
            int shiftIndex = slots.indexOf(assignment.shift());
            if (shiftIndex < 0) {
                continue; // refused on entry (UnknownShift)
            }
            Post post = slots.post;
            ShiftTimes shiftTimes = slots.times[shiftIndex];
            Interval interval = shiftTimes.on(day);
            Interval pause = assignment.mealBreak().isDefined()
                    ? shiftTimes.breakOn(assignment.mealBreak().get(), day)
                    : shiftTimes.defaultBreak(day);
            if (pause != null && !interval.encloses(pause)) {
                found.add(new MealBreakOutsideShift(assignment.staff(), post.id(), assignment.date(), pause));
                pause = null;
            }
            Integer known = people.get(assignment.staff());
            int person = known == null ? byPerson.size() : known;
            if (known == null) {
                people.put(assignment.staff(), person);
                byPerson.add(new ArrayList<>(days.count()));
            }
            java.util.List<Worked> theirs = byPerson.get(person);
            if (!theirs.isEmpty() && theirs.get(theirs.size() - 1).day > day) {
                outOfDayOrder.set(person);
            }
            Worked worked = new Worked(assignment, person, day, interval, pause, shiftTimes.shift.isNight(), post.aroundTheClock());
            slots.add(shiftIndex, day, worked);
            theirs.add(worked);
            if (post.dutyManagerPost() && team.get(assignment.staff()).exists(Role::isManagerial)) {
                managed[day] = true;
            }
        }
        coverage(postsById, days, times, found);
        dutyManagers(managed, days, found);
        for (int person = 0; person < byPerson.size(); person++) {
            java.util.List<Worked> worked = byPerson.get(person);
            if (outOfDayOrder.get(person)) {
                worked.sort(BY_DAY);
            }
            doubleBookingAndRest(worked, found);
            consecutiveNights(worked, found);
        }
        return List.ofAll(found).distinct().sorted(ORDER);
    }

    /** A {@link HashMap} capacity that holds {@code expected} entries without resizing. */
    private static int capacity(int expected) {
        return (int) (expected / 0.75f) + 1;
    }

    /**
     * R-RO-2 and R-RO-5: every shift of every staffed day has that shift's own minimum (its holiday
     * minimum on a statutory holiday) at every moment, meal breaks counted as absence. Holes of one
     * post and date that touch are reported as one only when they lack the same number of staff
     * against the same required number, so a hole across a day shift needing two and an evening
     * needing one is two violations, each naming its shift's number. The duty-manager post is
     * R-RO-3's business (a day without its manager is reported once, there).
     */
    private void coverage(HashMap<PostId, PostSlots> postsById, Days days, HashMap<Shift, ShiftTimes> times,
            java.util.List<RosterViolation> found) {
        Marks marks = new Marks();
        for (Post post : posts.filter(candidate -> !candidate.dutyManagerPost())) {
            PostSlots slots = postsById.get(post.id());
            Shift[] shifts = post.pattern().shifts().toJavaArray(Shift[]::new);
            ShiftTimes[] shiftTimes = new ShiftTimes[shifts.length];
            Staffing[] staffing = new Staffing[shifts.length];
            int[] slotShift = new int[shifts.length];
            for (int s = 0; s < shifts.length; s++) {
                shiftTimes[s] = times.computeIfAbsent(shifts[s], shift -> new ShiftTimes(shift, days));
                staffing[s] = post.staffing(shifts[s]);
                slotShift[s] = slots.indexOf(shifts[s].code());
            }
            for (int day = 0; day < days.count(); day++) {
                LocalDate date = days.date(day);
                for (int s = 0; s < shifts.length; s++) {
                    int required = post.required(staffing[s], days.working[day], days.holiday[day]);
                    if (required == 0) {
                        continue;
                    }
                    int minimum = Math.min(required, staffing[s].ordinary());
                    Interval interval = shiftTimes[s].on(day);
                    marks.clear();
                    marks.add(interval.start(), 0);
                    marks.add(interval.end(), 0);
                    int present = 0;
                    Worked first = slots.first(slotShift[s], day);
                    java.util.Set<Integer> seen = slots.count(slotShift[s], day) > SMALL_SLOT ? new java.util.HashSet<>() : null;
                    for (Worked worked = first; worked != null; worked = worked.nextInSlot) {
                        if (seen != null ? !seen.add(worked.person) : seenBefore(first, worked)) {
                            continue; // one entry per person on a slot, the first of their assignments to it
                        }
                        present++;
                        if (worked.pause != null) {
                            marks.add(worked.pause.start(), -1);
                            marks.add(worked.pause.end(), +1);
                        }
                    }
                    marks.sort();
                    for (int i = 0; i < marks.size - 1; i++) {
                        present += marks.delta[i];
                        Instant from = marks.at[i];
                        Instant to = marks.at[i + 1];
                        if (!to.isAfter(from)) {
                            continue;
                        }
                        if (present < minimum) {
                            found.add(new Uncovered(post.id(), date, new Interval(from, to), minimum, present));
                        } else if (present < required) {
                            found.add(new HolidayDutyNotStrengthened(post.id(), date, new Interval(from, to), required, present));
                        }
                    }
                }
            }
        }
        mergeAdjacent(found);
    }

    /**
     * Whether someone earlier on the slot, from {@code first} up to {@code worked}, is the same
     * person. A slot holds a handful, so up to {@value #SMALL_SLOT} are compared pairwise instead of
     * hashed.
     */
    private static boolean seenBefore(Worked first, Worked worked) {
        for (Worked earlier = first; earlier != worked; earlier = earlier.nextInSlot) {
            if (earlier.person == worked.person) {
                return true;
            }
        }
        return false;
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
    private void dutyManagers(boolean[] managed, Days days, java.util.List<RosterViolation> found) {
        posts.find(Post::dutyManagerPost).forEach(post -> {
            for (int day = 0; day < days.count(); day++) {
                if (!managed[day]) {
                    LocalDate date = days.date(day);
                    found.add(new NoDutyManager(post.id(), date, post.pattern().shifts().head().on(date, zone)));
                }
            }
        });
    }

    /**
     * R-RO-4: nobody on two shifts at once, and enough rest between one shift and the next. One
     * person's assignments, sorted by day, are each compared only with the following ones up to
     * {@value #NEIGHBOUR_DAYS} days later: every pair within that reach exactly once, the lesser in
     * {@link #WORKED_ORDER} first, so the result does not depend on input order.
     */
    private void doubleBookingAndRest(java.util.List<Worked> worked, java.util.List<RosterViolation> found) {
        for (int i = 0; i < worked.size(); i++) {
            Worked one = worked.get(i);
            int reach = one.day + NEIGHBOUR_DAYS;
            for (int j = i + 1; j < worked.size() && worked.get(j).day <= reach; j++) {
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

    private void shortRest(Worked a, Worked b, java.util.List<RosterViolation> found) {
        Worked earlier = a.interval.start().isBefore(b.interval.start()) ? a : b;
        Worked later = earlier == a ? b : a;
        // the parts of a split shift (same day, same post that is not staffed around the clock) are one duty
        boolean splitDuty = earlier.day == later.day
                && earlier.assignment.post().equals(later.assignment.post()) && !earlier.roundTheClock;
        Duration rest = Duration.between(earlier.interval.end(), later.interval.start());
        if (!splitDuty && rest.compareTo(policy.minimumRest()) < 0) {
            found.add(new ShortRest(later.assignment.staff(), later.assignment.post(), later.assignment.date(), later.interval,
                    rest, policy.minimumRest()));
        }
    }

    /**
     * R-RO-4: one person's runs of nights on consecutive days, read off their assignments sorted by
     * day in one walk. A day with two night shifts counts once, and the run is reported with the
     * last of them in input order.
     */
    private void consecutiveNights(java.util.List<Worked> worked, java.util.List<RosterViolation> found) {
        Worked first = null;
        Worked last = null;
        int run = 0;
        for (Worked night : worked) {
            if (!night.night) {
                continue;
            }
            if (last != null && night.day == last.day) {
                first = first.day == night.day ? night : first;
                last = night;
            } else if (last != null && night.day == last.day + 1) {
                run++;
                last = night;
            } else {
                reportNights(first, last, run, found);
                first = night;
                last = night;
                run = 1;
            }
        }
        reportNights(first, last, run, found);
    }

    private void reportNights(Worked first, Worked last, int run, java.util.List<RosterViolation> found) {
        if (run > policy.maxConsecutiveNights()) {
            found.add(new TooManyConsecutiveNights(last.assignment.staff(), last.assignment.post(), last.assignment.date(),
                    new Interval(first.interval.start(), last.interval.end()), run, policy.maxConsecutiveNights()));
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

    private static final Comparator<Worked> BY_DAY = Comparator.comparingInt(worked -> worked.day);

    /**
     * The instants where a slot's headcount changes: its interval's ends (no change) and each meal
     * break's (one fewer, then one more again), sorted stably by instant. One per validation,
     * cleared for each slot, so a slot's walk allocates nothing.
     */
    private static final class Marks {
        private Instant[] at = new Instant[16];
        private int[] delta = new int[16];
        private int size;

        void clear() {
            size = 0;
        }

        void add(Instant instant, int change) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
                delta = java.util.Arrays.copyOf(delta, size * 2);
            }
            at[size] = instant;
            delta[size] = change;
            size++;
        }

        /** Insertion sort, stable: a slot has a few marks, and equal instants keep their order of addition. */
        void sort() {
            for (int i = 1; i < size; i++) {
                Instant instant = at[i];
                int change = delta[i];
                int j = i - 1;
                while (j >= 0 && at[j].isAfter(instant)) {
                    at[j + 1] = at[j];
                    delta[j + 1] = delta[j];
                    j--;
                }
                at[j + 1] = instant;
                delta[j + 1] = change;
            }
        }
    }

    /**
     * An assignment as worked: the number given to its person in this validation, its day's index
     * in the period, its interval and meal break as instants; and the next assignment to the same
     * slot, in input order, so a slot's workers are a chain through them rather than a list of
     * their own.
     */
    private static final class Worked {
        private final Assignment assignment;
        private final int person;
        private final int day;
        private final Interval interval;
        private final Interval pause;
        private final boolean night;
        private final boolean roundTheClock;
        private Worked nextInSlot;

        Worked(Assignment assignment, int person, int day, Interval interval, Interval pause, boolean night, boolean roundTheClock) {
            this.assignment = assignment;
            this.person = person;
            this.day = day;
            this.interval = interval;
            this.pause = pause;
            this.night = night;
            this.roundTheClock = roundTheClock;
        }
    }

    /** The period's days by index from its first, each day's standing on the calendar looked up once. */
    private static final class Days {
        private final long firstDay;
        private final LocalDate[] dates;
        private final boolean[] working;
        private final boolean[] holiday;

        Days(RosterPeriod period, BusinessCalendar calendar) {
            this.firstDay = period.first().toEpochDay();
            int count = Math.toIntExact(period.last().toEpochDay() - firstDay + 1);
            this.dates = new LocalDate[count];
            this.working = new boolean[count];
            this.holiday = new boolean[count];
            for (int day = 0; day < count; day++) {
                dates[day] = period.first().plusDays(day);
                working[day] = calendar.isWorkingDay(dates[day]);
                holiday[day] = calendar.holidays().contains(dates[day]);
            }
        }

        int count() {
            return dates.length;
        }

        LocalDate date(int day) {
            return dates[day];
        }

        /** The day's index, or -1 outside the period. */
        int indexOf(LocalDate date) {
            long day = date.toEpochDay() - firstDay;
            return day >= 0 && day < dates.length ? (int) day : -1;
        }
    }

    /**
     * The instants of one shift (as a value: posts with equal shifts share them) on each day of the
     * period, and of its meal breaks (its own and those written on assignments), computed once per
     * day on first use.
     */
    private final class ShiftTimes {
        private final Shift shift;
        private final Days days;
        private final Interval[] on;
        private final TimeWindow[] windows = new TimeWindow[KEPT_WINDOWS];
        private final Interval[][] windowBreaks = new Interval[KEPT_WINDOWS][];

        ShiftTimes(Shift shift, Days days) {
            this.shift = shift;
            this.days = days;
            this.on = new Interval[days.count()];
        }

        Interval on(int day) {
            if (on[day] == null) {
                on[day] = shift.on(days.date(day), zone);
            }
            return on[day];
        }

        /**
         * A meal break in that window, on that day. A roster staggers its breaks over a few windows,
         * so the first {@value #KEPT_WINDOWS} distinct windows' instants are kept per day; any further
         * window's are computed each time.
         */
        Interval breakOn(TimeWindow window, int day) {
            for (int w = 0; w < windows.length; w++) {
                if (windows[w] == null) {
                    windows[w] = window;
                    windowBreaks[w] = new Interval[days.count()];
                }
                if (windows[w].equals(window)) {
                    if (windowBreaks[w][day] == null) {
                        windowBreaks[w][day] = shift.breakOn(window, days.date(day), zone);
                    }
                    return windowBreaks[w][day];
                }
            }
            return shift.breakOn(window, days.date(day), zone);
        }

        /** The shift's own meal break on that day, or null when it has none. */
        Interval defaultBreak(int day) {
            return shift.mealBreak().isEmpty() ? null : breakOn(shift.mealBreak().get(), day);
        }
    }

    /**
     * One post's assignments by slot (shift × day), in input order within a slot: each slot the
     * first and last of a chain through the assignments, and how many there are.
     */
    private final class PostSlots {
        private final Post post;
        private final Shift[] shifts;
        private final ShiftTimes[] times;
        private final int dayCount;
        private final Worked[] first;
        private final Worked[] last;
        private final int[] count;

        PostSlots(Post post, Days days, HashMap<Shift, ShiftTimes> shared) {
            this.post = post;
            this.shifts = post.pattern().shifts().toJavaArray(Shift[]::new);
            this.times = new ShiftTimes[shifts.length];
            this.dayCount = days.count();
            this.first = new Worked[shifts.length * dayCount];
            this.last = new Worked[shifts.length * dayCount];
            this.count = new int[shifts.length * dayCount];
            for (int s = 0; s < shifts.length; s++) {
                times[s] = shared.computeIfAbsent(shifts[s], shift -> new ShiftTimes(shift, days));
            }
        }

        /** The index of the post's shift with that code, or -1. */
        int indexOf(String code) {
            for (int s = 0; s < shifts.length; s++) {
                if (shifts[s].code().equals(code)) {
                    return s;
                }
            }
            return -1;
        }

        void add(int shift, int day, Worked worked) {
            int slot = shift * dayCount + day;
            if (first[slot] == null) {
                first[slot] = worked;
            } else {
                last[slot].nextInSlot = worked;
            }
            last[slot] = worked;
            count[slot]++;
        }

        /** The first to work the slot, or null: none, or a shift the post's pattern lacks ({@code shift} -1). */
        Worked first(int shift, int day) {
            return shift < 0 ? null : first[shift * dayCount + day];
        }

        /** How many assignments the slot has, the same person's counted each time. */
        int count(int shift, int day) {
            return shift < 0 ? 0 : count[shift * dayCount + day];
        }
    }
}
