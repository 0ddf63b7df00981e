package org.propertydesk.domain.handover;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.StaffId;

/** One matter of a duty log, with its cause, course and result (原因、经过、结果, R-HO-1). */
@ValueObject
public record LogEntry(
        EntryId id,
        EntryKind kind,
        String cause,
        String course,
        String result,
        Disposition disposition,
        StaffId author,
        Instant at) {

    public LogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    LogEntry with(Disposition next, String newResult) {
        return new LogEntry(id, kind, cause, course, newResult, next, author, at);
    }
}
