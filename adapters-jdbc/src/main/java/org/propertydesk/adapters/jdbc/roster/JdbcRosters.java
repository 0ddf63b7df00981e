package org.propertydesk.adapters.jdbc.roster;

import static org.propertydesk.adapters.jdbc.roster.Columns.breakEnd;
import static org.propertydesk.adapters.jdbc.roster.Columns.breakStart;
import static org.propertydesk.adapters.jdbc.roster.Columns.date;
import static org.propertydesk.adapters.jdbc.roster.Columns.instant;
import static org.propertydesk.adapters.jdbc.roster.Columns.nano;
import static org.propertydesk.adapters.jdbc.roster.Columns.optionalId;
import static org.propertydesk.adapters.jdbc.roster.Columns.second;
import static org.propertydesk.adapters.jdbc.roster.Columns.time;
import static org.propertydesk.adapters.jdbc.roster.Columns.window;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.DatabaseFailure;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.roster.Rosters;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.ChangeRequest;
import org.propertydesk.domain.roster.ChangeRequestId;
import org.propertydesk.domain.roster.Interval;
import org.propertydesk.domain.roster.LatePublicationApproval;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.PostLeaving;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPeriod;
import org.propertydesk.domain.roster.RosterVersion;
import org.propertydesk.domain.roster.Shift;
import org.propertydesk.domain.roster.ShiftPattern;
import org.propertydesk.domain.roster.Staffing;

/**
 * {@link Rosters} in {@code pd_roster} and its child tables (V3). The roster row carries the
 * version; an update changes it only from the expected version (a stale writer updates no row and
 * gets a {@link ConcurrencyConflict}) and then replaces the child rows in the same unit of work.
 */
@SecondaryAdapter
final class JdbcRosters implements Rosters {

    private static final String KEY = " where office_id = ? and roster_id = ?";

    /** How often a read starts again because writers keep committing new versions under it. */
    private static final int READ_ATTEMPTS = 20;

    private static final java.util.List<String> CHILD_TABLES = java.util.List.of(
            "pd_roster_post", "pd_roster_shift", "pd_roster_team", "pd_roster_scheduler", "pd_roster_version",
            "pd_roster_assignment", "pd_roster_acknowledgement", "pd_roster_change", "pd_roster_leaving");

    private final Sql sql;

    JdbcRosters(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<Roster> find(OfficeId office, RosterId roster) {
        return sql.inUnit("read roster", connection -> read(Sql.id(office.value()), Sql.id(roster.value())));
    }

    @Override
    public void add(Roster roster) {
        sql.inUnit("add roster", connection -> {
            try {
                sql.update("insert into pd_roster (department, period_first, period_last, late_by, late_second, late_nano,"
                                + " late_reason, version, office_id, roster_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        headValues(roster));
            } catch (DatabaseFailure failure) {
                if (Columns.duplicateKey(failure)) {
                    throw new ConcurrencyConflict("roster " + roster.id(), roster.version());
                }
                throw failure;
            }
            insertChildren(roster);
            return null;
        });
    }

    @Override
    public void update(Roster updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new ConcurrencyConflict("roster " + updated.id(), expectedVersion);
        }
        sql.inUnit("update roster", connection -> {
            Object[] values = headValues(updated);
            Object[] guarded = java.util.Arrays.copyOf(values, values.length + 1);
            guarded[values.length] = expectedVersion;
            int changed = sql.update("update pd_roster set department = ?, period_first = ?, period_last = ?, late_by = ?,"
                    + " late_second = ?, late_nano = ?, late_reason = ?, version = ?" + KEY + " and version = ?", guarded);
            if (changed == 0) {
                throw new ConcurrencyConflict("roster " + updated.id(), expectedVersion);
            }
            for (String table : CHILD_TABLES) {
                sql.update("delete from " + table + KEY, Sql.id(updated.office().value()), Sql.id(updated.id().value()));
            }
            insertChildren(updated);
            return null;
        });
    }

    @Override
    public Seq<Roster> overlapping(OfficeId office, LocalDate from, LocalDate to) {
        String id = Sql.id(office.value());
        return sql.inUnit("read rosters of a period", connection -> sql.query(
                        "select roster_id from pd_roster where office_id = ? and period_last >= ? and period_first <= ?",
                        row -> row.getString("roster_id").trim(), id, from, to)
                .flatMap(roster -> read(id, roster))
                .sorted(Comparator.comparing(roster -> roster.id().value())));
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** The roster row's values, office and id last (as both the insert and the update bind them). */
    private static Object[] headValues(Roster roster) {
        Option<LatePublicationApproval> late = roster.latePublicationApproval();
        return new Object[] {
            roster.department().name(),
            roster.period().first(),
            roster.period().last(),
            late.map(approval -> Sql.id(approval.approvedBy().value())).getOrNull(),
            second(late.map(LatePublicationApproval::approvedAt).getOrNull()),
            nano(late.map(LatePublicationApproval::approvedAt).getOrNull()),
            late.map(LatePublicationApproval::reason).getOrNull(),
            roster.version(),
            Sql.id(roster.office().value()),
            Sql.id(roster.id().value())
        };
    }

    private void insertChildren(Roster roster) {
        String office = Sql.id(roster.office().value());
        String id = Sql.id(roster.id().value());
        java.util.List<Object[]> posts = new ArrayList<>();
        java.util.List<Object[]> shifts = new ArrayList<>();
        for (Tuple2<Post, Integer> numbered : roster.posts().zipWithIndex()) {
            Post post = numbered._1;
            posts.add(new Object[] {office, id, numbered._2, Sql.id(post.id().value()), post.name(), post.department().name(),
                Sql.id(post.supervisor().value()), post.aroundTheClock(), post.workingDaysOnly(), post.dutyManagerPost()});
            for (Tuple2<Shift, Integer> shift : post.pattern().shifts().zipWithIndex()) {
                Staffing staffing = post.staffing(shift._1);
                shifts.add(new Object[] {office, id, numbered._2, shift._2, shift._1.code(), shift._1.start().toNanoOfDay(),
                    shift._1.end().toNanoOfDay(), breakStart(shift._1.mealBreak()), breakEnd(shift._1.mealBreak()),
                    staffing.ordinary(), staffing.holiday()});
            }
        }
        Columns.batch(sql, "insert into pd_roster_post (office_id, roster_id, position, post_id, name, department,"
                + " supervisor_id, around_the_clock, working_days_only, duty_manager_post) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", posts);
        Columns.batch(sql, "insert into pd_roster_shift (office_id, roster_id, post_position, position, code, start_nano,"
                + " end_nano, break_start_nano, break_end_nano, ordinary_staff, holiday_staff) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                shifts);
        Columns.batch(sql, "insert into pd_roster_team (office_id, roster_id, staff_id, role) values (?, ?, ?, ?)",
                roster.team().toList().map(member -> new Object[] {office, id, Sql.id(member._1.value()), member._2.name()}).toJavaList());
        Columns.batch(sql, "insert into pd_roster_scheduler (office_id, roster_id, staff_id) values (?, ?, ?)",
                roster.schedulers().toList().map(staff -> new Object[] {office, id, Sql.id(staff.value())}).toJavaList());
        insertVersions(office, id, roster.versions());
        insertChanges(office, id, roster.changes());
        insertLeavings(office, id, roster.leavings());
    }

    private void insertVersions(String office, String id, Seq<RosterVersion> versions) {
        java.util.List<Object[]> rows = new ArrayList<>();
        java.util.List<Object[]> assignments = new ArrayList<>();
        java.util.List<Object[]> acknowledgements = new ArrayList<>();
        for (Tuple2<RosterVersion, Integer> numbered : versions.zipWithIndex()) {
            RosterVersion version = numbered._1;
            int position = numbered._2;
            Option<RosterVersion.Published> published = published(version);
            Option<RosterVersion.Superseded> superseded = Option.of(version)
                    .filter(RosterVersion.Superseded.class::isInstance).map(RosterVersion.Superseded.class::cast);
            Instant publishedAt = published.map(RosterVersion.Published::publishedAt).getOrNull();
            Instant supersededAt = superseded.map(RosterVersion.Superseded::supersededAt).getOrNull();
            rows.add(new Object[] {office, id, position, version.number(), version.state().name(),
                published.map(p -> Sql.id(p.publishedBy().value())).getOrNull(), second(publishedAt), nano(publishedAt),
                published.flatMap(RosterVersion.Published::issuedFor).map(change -> Sql.id(change.value())).getOrNull(),
                superseded.map(RosterVersion.Superseded::supersededBy).getOrNull(), second(supersededAt), nano(supersededAt)});
            int line = 0;
            for (Assignment assignment : version.assignments()) {
                assignments.add(new Object[] {office, id, position, line++, Sql.id(assignment.staff().value()),
                    Sql.id(assignment.post().value()), assignment.shift(), assignment.date(),
                    breakStart(assignment.mealBreak()), breakEnd(assignment.mealBreak())});
            }
            for (RosterVersion.Published issued : published) {
                for (StaffId staff : issued.toAcknowledge().addAll(issued.acknowledged().keySet())) {
                    Instant at = issued.acknowledged().get(staff).getOrNull();
                    acknowledgements.add(new Object[] {office, id, position, Sql.id(staff.value()),
                        issued.toAcknowledge().contains(staff), second(at), nano(at)});
                }
            }
        }
        Columns.batch(sql, "insert into pd_roster_version (office_id, roster_id, position, number, state, published_by,"
                + " published_second, published_nano, issued_for, superseded_by, superseded_second, superseded_nano)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        Columns.batch(sql, "insert into pd_roster_assignment (office_id, roster_id, version_position, line, staff_id, post_id,"
                + " shift, assignment_date, break_start_nano, break_end_nano) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assignments);
        Columns.batch(sql, "insert into pd_roster_acknowledgement (office_id, roster_id, version_position, staff_id,"
                + " to_acknowledge, acknowledged_second, acknowledged_nano) values (?, ?, ?, ?, ?, ?, ?)", acknowledgements);
    }

    private static Option<RosterVersion.Published> published(RosterVersion version) {
        if (version instanceof RosterVersion.Published published) {
            return Option.some(published);
        }
        if (version instanceof RosterVersion.Superseded superseded) {
            return Option.some(superseded.withdrawn());
        }
        return Option.none();
    }

    private void insertChanges(String office, String id, Seq<ChangeRequest> changes) {
        java.util.List<Object[]> rows = new ArrayList<>();
        for (Tuple2<ChangeRequest, Integer> numbered : changes.zipWithIndex()) {
            ChangeRequest change = numbered._1;
            ChangeKind kind = change.kind();
            Assignment first;
            Assignment second = null;
            StaffId replacement = null;
            String certificate = null;
            String kindName;
            if (kind instanceof ChangeKind.Swap swap) {
                kindName = "SWAP";
                first = swap.first();
                second = swap.second();
            } else if (kind instanceof ChangeKind.Replacement replacing) {
                kindName = "REPLACEMENT";
                first = replacing.assignment();
                replacement = replacing.replacement();
            } else {
                ChangeKind.SickLeave sick = (ChangeKind.SickLeave) kind;
                kindName = "SICK_LEAVE";
                first = sick.assignment();
                replacement = sick.replacement().getOrNull();
                certificate = sick.certificate().getOrNull();
            }
            String decision;
            StaffId decidedBy = null;
            Instant decidedAt = null;
            Integer issued = null;
            String rejection = null;
            if (change.decision() instanceof ChangeRequest.Approved approved) {
                decision = "APPROVED";
                decidedBy = approved.by();
                decidedAt = approved.at();
                issued = approved.issuedVersion();
            } else if (change.decision() instanceof ChangeRequest.Rejected rejected) {
                decision = "REJECTED";
                decidedBy = rejected.by();
                decidedAt = rejected.at();
                rejection = rejected.reason();
            } else {
                decision = "PENDING";
            }
            Option<Assignment> other = Option.of(second);
            rows.add(new Object[] {office, id, numbered._2, Sql.id(change.id().value()), kindName,
                Sql.id(first.staff().value()), Sql.id(first.post().value()), first.shift(), first.date(),
                breakStart(first.mealBreak()), breakEnd(first.mealBreak()),
                other.map(a -> Sql.id(a.staff().value())).getOrNull(), other.map(a -> Sql.id(a.post().value())).getOrNull(),
                other.map(Assignment::shift).getOrNull(), other.map(Assignment::date).getOrNull(),
                other.flatMap(a -> Option.of(breakStart(a.mealBreak()))).getOrNull(),
                other.flatMap(a -> Option.of(breakEnd(a.mealBreak()))).getOrNull(),
                replacement == null ? null : Sql.id(replacement.value()), certificate,
                Sql.id(change.requestedBy().value()), second(change.requestedAt()), nano(change.requestedAt()), change.reason(),
                decision, decidedBy == null ? null : Sql.id(decidedBy.value()), second(decidedAt), nano(decidedAt), issued, rejection});
        }
        Columns.batch(sql, "insert into pd_roster_change (office_id, roster_id, position, change_id, kind, first_staff_id,"
                + " first_post_id, first_shift, first_date, first_break_start_nano, first_break_end_nano, second_staff_id,"
                + " second_post_id, second_shift, second_date, second_break_start_nano, second_break_end_nano, replacement_id,"
                + " certificate, requested_by, requested_second, requested_nano, reason, decision, decided_by, decided_second,"
                + " decided_nano, issued_version, rejection_reason)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void insertLeavings(String office, String id, Seq<PostLeaving> leavings) {
        java.util.List<Object[]> rows = new ArrayList<>();
        for (Tuple2<PostLeaving, Integer> numbered : leavings.zipWithIndex()) {
            PostLeaving leaving = numbered._1;
            Option<StaffId> consent;
            Option<PostLeaving.Relief> relief;
            boolean withoutConsent;
            boolean withoutRelief;
            String kind;
            if (leaving instanceof PostLeaving.TemporaryAbsence absence) {
                kind = "TEMPORARY_ABSENCE";
                consent = Option.some(absence.consentBy());
                relief = Option.some(absence.relief());
                withoutConsent = false;
                withoutRelief = false;
            } else {
                PostLeaving.LeftPost left = (PostLeaving.LeftPost) leaving;
                kind = "LEFT_POST";
                consent = left.consentBy();
                relief = left.relief();
                withoutConsent = left.withoutConsent();
                withoutRelief = left.withoutRelief();
            }
            Instant arrived = relief.map(PostLeaving.Relief::arrivedAt).getOrNull();
            rows.add(new Object[] {office, id, numbered._2, kind, Sql.id(leaving.staff().value()), Sql.id(leaving.post().value()),
                second(leaving.away().start()), nano(leaving.away().start()), second(leaving.away().end()), nano(leaving.away().end()),
                consent.map(staff -> Sql.id(staff.value())).getOrNull(),
                relief.map(r -> Sql.id(r.staff().value())).getOrNull(), second(arrived), nano(arrived),
                withoutConsent, withoutRelief});
        }
        Columns.batch(sql, "insert into pd_roster_leaving (office_id, roster_id, position, kind, staff_id, post_id,"
                + " away_start_second, away_start_nano, away_end_second, away_end_nano, consent_by, relief_id, relief_second,"
                + " relief_nano, without_consent, without_relief) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    // ---- reading ---------------------------------------------------------------------------------

    /**
     * The roster as one committed version. It spans several tables, and under READ COMMITTED (H2's
     * and PostgreSQL's default) each statement sees the latest commit, so a writer committing
     * between two of them would leave this read with one version's posts and another's
     * assignments. Every writer moves the version on, so the version is read again after the child
     * rows: if it moved, the read starts over.
     */
    private Option<Roster> read(String office, String id) {
        for (int attempt = 1; ; attempt++) {
            Option<Roster> roster = sql.query("select * from pd_roster" + KEY, JdbcRosters::head, office, id)
                    .headOption()
                    .map(this::load);
            Option<Long> now = sql.query("select version from pd_roster" + KEY, row -> row.getLong("version"), office, id)
                    .headOption();
            if (roster.map(Roster::version).equals(now)) {
                return roster;
            }
            if (attempt == READ_ATTEMPTS) {
                throw new ConcurrencyConflict("roster " + id, roster.map(Roster::version).getOrElse(0L));
            }
        }
    }

    /** The columns of a roster's own row. */
    private record Head(RosterId id, OfficeId office, Department department, RosterPeriod period,
            Option<LatePublicationApproval> late, long version) {}

    private static Head head(ResultSet row) throws SQLException {
        Option<StaffId> lateBy = optionalId(row, "late_by", StaffId::new);
        Instant lateAt = instant(row, "late");
        String lateReason = row.getString("late_reason");
        return new Head(
                Sql.id(row, "roster_id", RosterId::new),
                Sql.id(row, "office_id", OfficeId::new),
                Department.valueOf(row.getString("department")),
                new RosterPeriod(date(row, "period_first"), date(row, "period_last")),
                lateBy.map(by -> new LatePublicationApproval(by, lateAt, lateReason)),
                row.getLong("version"));
    }

    /** The roster of a head row, its children read in the same unit of work. */
    private Roster load(Head head) {
        String office = Sql.id(head.office().value());
        String id = Sql.id(head.id().value());
        return new Roster(head.id(), head.office(), head.department(), head.period(),
                posts(office, id),
                HashMap.ofEntries(sql.query("select staff_id, role from pd_roster_team" + KEY,
                        member -> Tuple.of(Sql.id(member, "staff_id", StaffId::new), Role.valueOf(member.getString("role"))),
                        office, id)),
                HashSet.ofAll(sql.query("select staff_id from pd_roster_scheduler" + KEY,
                        staff -> Sql.id(staff, "staff_id", StaffId::new), office, id)),
                head.late(), versions(office, id), changes(office, id), leavings(office, id), head.version());
    }

    private Seq<Post> posts(String office, String id) {
        Map<Integer, List<Tuple2<Shift, Staffing>>> shifts = sql.query(
                        "select * from pd_roster_shift" + KEY + " order by post_position, position",
                        row -> Tuple.of(row.getInt("post_position"), Tuple.of(
                                new Shift(row.getString("code"), time(row, "start_nano"), time(row, "end_nano"), window(row, "break_")),
                                Staffing.of(row.getInt("ordinary_staff"), row.getInt("holiday_staff")))),
                        office, id)
                .groupBy(Tuple2::_1)
                .mapValues(rows -> rows.map(Tuple2::_2));
        return sql.query("select * from pd_roster_post" + KEY + " order by position", row -> {
            List<Tuple2<Shift, Staffing>> pattern = shifts.get(row.getInt("position")).getOrElse(List.empty());
            return new Post(
                    Sql.id(row, "post_id", PostId::new),
                    row.getString("name"),
                    Department.valueOf(row.getString("department")),
                    Sql.id(row, "supervisor_id", StaffId::new),
                    new ShiftPattern(pattern.map(Tuple2::_1)),
                    row.getBoolean("around_the_clock"),
                    row.getBoolean("working_days_only"),
                    row.getBoolean("duty_manager_post"),
                    LinkedHashMap.ofEntries(pattern.map(shift -> Tuple.of(shift._1.code(), shift._2))));
        }, office, id);
    }

    private Seq<RosterVersion> versions(String office, String id) {
        Map<Integer, List<Assignment>> assignments = sql.query(
                        "select * from pd_roster_assignment" + KEY + " order by version_position, line",
                        row -> Tuple.of(row.getInt("version_position"), new Assignment(
                                Sql.id(row, "staff_id", StaffId::new), Sql.id(row, "post_id", PostId::new), row.getString("shift"),
                                date(row, "assignment_date"), window(row, "break_"))),
                        office, id)
                .groupBy(Tuple2::_1)
                .mapValues(rows -> rows.map(Tuple2::_2));
        Map<Integer, List<Acknowledgement>> acknowledgements = sql.query(
                        "select * from pd_roster_acknowledgement" + KEY + " order by version_position, staff_id",
                        row -> Tuple.of(row.getInt("version_position"), new Acknowledgement(
                                Sql.id(row, "staff_id", StaffId::new), row.getBoolean("to_acknowledge"),
                                Option.of(instant(row, "acknowledged")))),
                        office, id)
                .groupBy(Tuple2::_1)
                .mapValues(rows -> rows.map(Tuple2::_2));
        return sql.query("select * from pd_roster_version" + KEY + " order by position", row -> {
            int position = row.getInt("position");
            int number = row.getInt("number");
            Set<Assignment> lines = HashSet.ofAll(assignments.get(position).getOrElse(List.empty()));
            String state = row.getString("state");
            if (state.equals("DRAFT")) {
                return new RosterVersion.Draft(number, lines);
            }
            List<Acknowledgement> acks = acknowledgements.get(position).getOrElse(List.empty());
            RosterVersion.Published published = new RosterVersion.Published(number, lines,
                    Sql.id(row, "published_by", StaffId::new), instant(row, "published"),
                    optionalId(row, "issued_for", ChangeRequestId::new),
                    HashSet.ofAll(acks.filter(Acknowledgement::toAcknowledge).map(Acknowledgement::staff)),
                    HashMap.ofEntries(acks.filter(ack -> ack.at().isDefined()).map(ack -> Tuple.of(ack.staff(), ack.at().get()))));
            if (state.equals("PUBLISHED")) {
                return published;
            }
            return new RosterVersion.Superseded(published, row.getInt("superseded_by"), instant(row, "superseded"));
        }, office, id);
    }

    private record Acknowledgement(StaffId staff, boolean toAcknowledge, Option<Instant> at) {}

    private Seq<ChangeRequest> changes(String office, String id) {
        return sql.query("select * from pd_roster_change" + KEY + " order by position", row -> {
            Assignment first = new Assignment(Sql.id(row, "first_staff_id", StaffId::new), Sql.id(row, "first_post_id", PostId::new),
                    row.getString("first_shift"), date(row, "first_date"), window(row, "first_break_"));
            Option<StaffId> replacement = optionalId(row, "replacement_id", StaffId::new);
            ChangeKind kind = switch (row.getString("kind")) {
                case "SWAP" -> new ChangeKind.Swap(first, new Assignment(
                        Sql.id(row, "second_staff_id", StaffId::new), Sql.id(row, "second_post_id", PostId::new),
                        row.getString("second_shift"), date(row, "second_date"), window(row, "second_break_")));
                case "REPLACEMENT" -> new ChangeKind.Replacement(first, replacement.get());
                default -> new ChangeKind.SickLeave(first, Option.of(row.getString("certificate")), replacement);
            };
            ChangeRequest.Decision decision = switch (row.getString("decision")) {
                case "APPROVED" -> new ChangeRequest.Approved(
                        Sql.id(row, "decided_by", StaffId::new), instant(row, "decided"), row.getInt("issued_version"));
                case "REJECTED" -> new ChangeRequest.Rejected(
                        Sql.id(row, "decided_by", StaffId::new), instant(row, "decided"), row.getString("rejection_reason"));
                default -> new ChangeRequest.Pending();
            };
            return new ChangeRequest(Sql.id(row, "change_id", ChangeRequestId::new), kind,
                    Sql.id(row, "requested_by", StaffId::new), instant(row, "requested"), row.getString("reason"), decision);
        }, office, id);
    }

    private Seq<PostLeaving> leavings(String office, String id) {
        return sql.query("select * from pd_roster_leaving" + KEY + " order by position", row -> {
            StaffId staff = Sql.id(row, "staff_id", StaffId::new);
            PostId post = Sql.id(row, "post_id", PostId::new);
            Interval away = new Interval(instant(row, "away_start"), instant(row, "away_end"));
            Option<StaffId> consent = optionalId(row, "consent_by", StaffId::new);
            Option<StaffId> reliefStaff = optionalId(row, "relief_id", StaffId::new);
            Instant arrived = instant(row, "relief");
            Option<PostLeaving.Relief> relief = reliefStaff.map(by -> new PostLeaving.Relief(by, arrived));
            if (row.getString("kind").equals("TEMPORARY_ABSENCE")) {
                return new PostLeaving.TemporaryAbsence(staff, post, away, consent.get(), relief.get());
            }
            return new PostLeaving.LeftPost(staff, post, away, consent, relief,
                    row.getBoolean("without_consent"), row.getBoolean("without_relief"));
        }, office, id);
    }
}
