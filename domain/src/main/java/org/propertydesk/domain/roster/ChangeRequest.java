package org.propertydesk.domain.roster;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.StaffId;

/** A request to change a published roster and its decision (R-RO-6); lives inside its roster. */
@Entity
public record ChangeRequest(
        @Identity ChangeRequestId id, ChangeKind kind, StaffId requestedBy, Instant requestedAt, String reason, Decision decision) {

    public ChangeRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decision, "decision");
    }

    /** Pending until the post's supervisor approves or rejects it; only approval lets it take effect. */
    public sealed interface Decision {}

    public record Pending() implements Decision {}

    public record Approved(StaffId by, Instant at, int issuedVersion) implements Decision {}

    public record Rejected(StaffId by, Instant at, String reason) implements Decision {}

    public boolean pending() {
        return decision instanceof Pending;
    }

    ChangeRequest decided(Decision outcome) {
        return new ChangeRequest(id, kind, requestedBy, requestedAt, reason, outcome);
    }
}
