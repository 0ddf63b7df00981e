package org.propertydesk.domain.roster;

import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.StaffId;

/**
 * One version of a roster, as a type per state so that only a draft can be edited and a
 * superseded version has nothing to change (R-RO-6: 旧表收回, old versions stay readable).
 */
public sealed interface RosterVersion {

    int number();

    Set<Assignment> assignments();

    RosterState state();

    /** Being planned; the only version that accepts edits. */
    @ValueObject
    record Draft(int number, Set<Assignment> assignments) implements RosterVersion {
        public Draft {
            Objects.requireNonNull(assignments, "assignments");
        }

        public RosterState state() {
            return RosterState.DRAFT;
        }
    }

    /**
     * The version in force, issued to the staff who must acknowledge it.
     *
     * @param issuedFor the approved change that issued it; empty for the first publication
     */
    @ValueObject
    record Published(
            int number,
            Set<Assignment> assignments,
            StaffId publishedBy,
            Instant publishedAt,
            Option<ChangeRequestId> issuedFor,
            Set<StaffId> toAcknowledge,
            Map<StaffId, Instant> acknowledged) implements RosterVersion {
        public Published {
            Objects.requireNonNull(assignments, "assignments");
            Objects.requireNonNull(publishedBy, "publishedBy");
            Objects.requireNonNull(publishedAt, "publishedAt");
            Objects.requireNonNull(issuedFor, "issuedFor");
            Objects.requireNonNull(toAcknowledge, "toAcknowledge");
            Objects.requireNonNull(acknowledged, "acknowledged");
        }

        public RosterState state() {
            return RosterState.PUBLISHED;
        }

        /** Who was issued this version and has not acknowledged it yet. */
        public Set<StaffId> awaitingAcknowledgement() {
            return toAcknowledge.removeAll(acknowledged.keySet());
        }

        Published acknowledgedBy(StaffId staff, Instant at) {
            return new Published(number, assignments, publishedBy, publishedAt, issuedFor, toAcknowledge, acknowledged.put(staff, at));
        }
    }

    /** Withdrawn by a later version; kept for reading, never edited. */
    @ValueObject
    record Superseded(Published withdrawn, int supersededBy, Instant supersededAt) implements RosterVersion {
        public Superseded {
            Objects.requireNonNull(withdrawn, "withdrawn");
            Objects.requireNonNull(supersededAt, "supersededAt");
        }

        public int number() {
            return withdrawn.number();
        }

        public Set<Assignment> assignments() {
            return withdrawn.assignments();
        }

        public RosterState state() {
            return RosterState.SUPERSEDED;
        }
    }
}
