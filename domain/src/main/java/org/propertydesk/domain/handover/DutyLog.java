package org.propertydesk.domain.handover;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The duty log (值班日志) of one post. Guards R-HO-1 — every matter states cause, course and result —
 * and R-HO-8 — a matter left open at handover is either closed out or carried over with a reason;
 * {@link #unsettled()} is what makes a handover's preparation incomplete (R-HO-3 c).
 * {@link #handOverSheet()} is what R-HO-2 says every handover must pass on.
 *
 * <p>Every accepted command returns the log with {@code version + 1}.
 */
@AggregateRoot
public record DutyLog(@Identity DutyLogId id, OfficeId office, PostId post, Seq<LogEntry> entries, long version) {

    public DutyLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(entries, "entries");
    }

    /** The result of a duty-log command: the new log and what happened. */
    public record Outcome(DutyLog log, Seq<HandoverEvent> events) {}

    /** An empty log for a post. */
    public static DutyLog open(DutyLogId id, OfficeId office, PostId post) {
        return new DutyLog(id, office, post, List.empty(), 0);
    }

    /**
     * Writes a matter into the log. A matter that is still being worked on is logged {@code open}
     * and must be closed out or carried over before the post is handed over.
     */
    public Either<Rejections<HandoverRejection>, Outcome> record(
            EntryId entry, EntryKind kind, String cause, String course, String result, boolean open,
            StaffId author, Instant at) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        List<HandoverRejection> reasons = List.empty();
        if (find(entry).isDefined()) {
            reasons = reasons.append(new HandoverRejection.DuplicateEntry(entry));
        }
        if (blank(cause)) {
            reasons = reasons.append(new HandoverRejection.MissingCause(entry));
        }
        if (blank(course)) {
            reasons = reasons.append(new HandoverRejection.MissingCourse(entry));
        }
        if (blank(result)) {
            reasons = reasons.append(new HandoverRejection.MissingResult(entry));
        }
        return Rejections.unless(reasons, () -> {
            LogEntry logged = new LogEntry(entry, kind, cause.strip(), course.strip(), result.strip(),
                    open ? new Disposition.Open() : new Disposition.ClosedOut(), author, at);
            return new Outcome(
                    new DutyLog(id, office, post, entries.append(logged), version + 1),
                    List.of(new HandoverEvent.MatterLogged(id, office, entry, kind, author, at)));
        });
    }

    /** Closes out an open matter with its final result (R-HO-8, R-HO-1). */
    public Either<Rejections<HandoverRejection>, Outcome> closeOut(EntryId entry, String result, StaffId by, Instant at) {
        List<HandoverRejection> reasons = settleable(entry);
        if (blank(result)) {
            reasons = reasons.append(new HandoverRejection.MissingResult(entry));
        }
        return Rejections.unless(reasons, () -> new Outcome(
                replace(entry, e -> e.with(new Disposition.ClosedOut(), result.strip())),
                List.of(new HandoverEvent.MatterClosedOut(id, office, entry, by, at))));
    }

    /** Passes an unresolved matter to the next shift as an explicit open item with a reason (R-HO-8). */
    public Either<Rejections<HandoverRejection>, Outcome> carryOver(EntryId entry, String reason, StaffId by, Instant at) {
        List<HandoverRejection> reasons = settleable(entry);
        if (blank(reason)) {
            reasons = reasons.append(new HandoverRejection.CarryOverWithoutReason(entry));
        }
        return Rejections.unless(reasons, () -> new Outcome(
                replace(entry, e -> e.with(new Disposition.CarriedOver(reason.strip()), e.result())),
                List.of(new HandoverEvent.MatterCarriedOver(id, office, entry, reason.strip(), by, at))));
    }

    public Option<LogEntry> find(EntryId entry) {
        return entries.find(e -> e.id().equals(entry));
    }

    /** Matters neither closed out nor carried over: while any exist, preparation is incomplete (R-HO-3 c, R-HO-8). */
    public Seq<EntryId> unsettled() {
        return entries.filter(e -> !e.disposition().settled()).map(LogEntry::id);
    }

    /**
     * What the handover must pass on (R-HO-2): major matters handled or not, superiors'
     * instructions, unfinished work, public-area repairs, and every matter carried over.
     */
    @Enforces(Rule.R_HO_2)
    public Seq<LogEntry> handOverSheet() {
        return entries.filter(e -> e.kind().mustBeHandedOver() || e.disposition() instanceof Disposition.CarriedOver);
    }

    private List<HandoverRejection> settleable(EntryId entry) {
        Option<LogEntry> found = find(entry);
        if (found.isEmpty()) {
            return List.of(new HandoverRejection.UnknownEntry(entry));
        }
        return found.get().disposition().settled()
                ? List.of(new HandoverRejection.EntryAlreadySettled(entry))
                : List.empty();
    }

    private DutyLog replace(EntryId entry, java.util.function.UnaryOperator<LogEntry> change) {
        return new DutyLog(id, office, post, entries.map(e -> e.id().equals(entry) ? change.apply(e) : e), version + 1);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
