package org.propertydesk.adapters.jdbc.complaint;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.complaint.ComplaintPolicies;
import org.propertydesk.domain.complaint.AnswerWithin;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Each office's {@link ComplaintPolicy} in relational form (R-CO-4): its numbers in
 * {@code pd_complaint_policy}, and per target whether the clock pauses while the desk waits for
 * the resident and how early it warns in {@code pd_complaint_policy_target}. An office that
 * defined none has {@link ComplaintPolicy#defaults()}.
 */
@SecondaryAdapter
final class JdbcComplaintPolicies implements ComplaintPolicies {

    private static final String HOURS = "HOURS";
    private static final String WORKING_DAYS = "WORKING_DAYS";

    /** The duration columns of {@code pd_complaint_policy}, each a {@code _second} and {@code _nano} pair. */
    private static final List<String> DURATIONS = List.of("urgent_on_site", "urgent_fixed", "ordinary_on_site", "ordinary_done",
            "return_visit", "repeat_window", "recurrence_window");

    private final Sql sql;

    JdbcComplaintPolicies(Sql sql) {
        this.sql = sql;
    }

    /** One statement, so a policy being replaced meanwhile is read wholly old or wholly new. */
    @Override
    public ComplaintPolicy of(OfficeId office) {
        List<Row> rows = sql.query("select p.*, t.target, t.paused, t.due_soon_second, t.due_soon_nano from pd_complaint_policy p"
                + " left join pd_complaint_policy_target t on t.office_id = p.office_id where p.office_id = ?",
                row -> new Row(numbers(row), perTarget(row)), Sql.id(office.value()));
        if (rows.isEmpty()) {
            return ComplaintPolicy.defaults();
        }
        Numbers n = rows.head().numbers;
        List<PerTarget> targets = rows.flatMap(Row::target);
        return new ComplaintPolicy(n.answer, n.durations.get(0), n.durations.get(1), n.durations.get(2), n.durations.get(3),
                n.durations.get(4),
                HashSet.ofAll(targets.filter(PerTarget::paused).map(PerTarget::target)),
                HashMap.ofEntries(targets.filter(t -> t.dueSoon.isDefined()).map(t -> Tuple.of(t.target, t.dueSoon.get()))),
                n.durations.get(5), n.recurrenceCount, n.durations.get(6));
    }

    /** Defines (or replaces) the office's policy in one unit of work. */
    void define(OfficeId office, ComplaintPolicy policy) {
        String id = Sql.id(office.value());
        Option<Duration> hours = policy.answer() instanceof AnswerWithin.Hours within ? Option.some(within.duration()) : Option.none();
        java.util.List<Object> values = new java.util.ArrayList<>();
        values.add(hours.isDefined() ? HOURS : WORKING_DAYS);
        values.add(hours.map(Duration::getSeconds).getOrNull());
        values.add(hours.map(Duration::getNano).getOrNull());
        values.add(policy.answer() instanceof AnswerWithin.WorkingDays days ? days.days() : null);
        for (Duration duration : List.of(policy.urgentOnSite(), policy.urgentFixed(), policy.ordinaryOnSite(), policy.ordinaryDone(),
                policy.returnVisitAfterRepair(), policy.repeatWindow(), policy.recurrenceWindow())) {
            values.add(duration.getSeconds());
            values.add(duration.getNano());
        }
        values.add(policy.recurrenceCount());
        values.add(id);
        String columns = "answer_clock, answer_second, answer_nano, answer_days, "
                + DURATIONS.map(name -> name + "_second, " + name + "_nano").mkString(", ") + ", recurrence_count";
        String assignments = List.of(columns.split(", ")).map(column -> column + " = ?").mkString(", ");
        sql.inUnit("define a complaint policy", connection -> {
            if (sql.update("update pd_complaint_policy set " + assignments + ", version = version + 1 where office_id = ?",
                    values.toArray()) == 0) {
                sql.update("insert into pd_complaint_policy (" + columns + ", office_id, version) values ("
                        + "?, ".repeat(values.size()) + "1)", values.toArray());
            }
            sql.update("delete from pd_complaint_policy_target where office_id = ?", id);
            for (Target target : Target.values()) {
                boolean paused = policy.pausedWhileWaitingForResident().contains(target);
                Option<Duration> dueSoon = policy.dueSoonWithin().get(target);
                if (paused || dueSoon.isDefined()) {
                    sql.update("insert into pd_complaint_policy_target (office_id, target, paused, due_soon_second, due_soon_nano)"
                                    + " values (?, ?, ?, ?, ?)",
                            id, target.name(), paused, dueSoon.map(Duration::getSeconds).getOrNull(),
                            dueSoon.map(Duration::getNano).getOrNull());
                }
            }
            return null;
        });
    }

    private record Numbers(AnswerWithin answer, List<Duration> durations, int recurrenceCount) {}

    private record PerTarget(Target target, boolean paused, Option<Duration> dueSoon) {}

    /** A policy row joined with one of its targets' rows, if it has any. */
    private record Row(Numbers numbers, Option<PerTarget> target) {}

    private static Numbers numbers(ResultSet row) throws SQLException {
        AnswerWithin answer = HOURS.equals(row.getString("answer_clock"))
                ? new AnswerWithin.Hours(duration(row, "answer"))
                : new AnswerWithin.WorkingDays(row.getInt("answer_days"));
        List<Duration> durations = List.empty();
        for (String name : DURATIONS) {
            durations = durations.append(duration(row, name));
        }
        return new Numbers(answer, durations, row.getInt("recurrence_count"));
    }

    private static Option<PerTarget> perTarget(ResultSet row) throws SQLException {
        String target = row.getString("target");
        if (target == null) {
            return Option.none();
        }
        long dueSoonSecond = row.getLong("due_soon_second");
        Option<Duration> dueSoon = row.wasNull() ? Option.none() : Option.some(Duration.ofSeconds(dueSoonSecond, row.getInt("due_soon_nano")));
        return Option.some(new PerTarget(Target.valueOf(target), row.getBoolean("paused"), dueSoon));
    }

    private static Duration duration(ResultSet row, String name) throws SQLException {
        return Duration.ofSeconds(row.getLong(name + "_second"), row.getInt(name + "_nano"));
    }
}
