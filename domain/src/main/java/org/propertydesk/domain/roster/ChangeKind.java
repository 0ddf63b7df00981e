package org.propertydesk.domain.roster;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.propertydesk.domain.kernel.StaffId;

/** What a change request asks for (R-RO-6): a swap, a replacement, or sick leave. */
public sealed interface ChangeKind {

    /** The assignments the change takes out of the current version. */
    Seq<Assignment> removes();

    /** The assignments the change puts in their place. */
    Seq<Assignment> adds();

    /** Two staff members exchange their shifts (换班). */
    record Swap(Assignment first, Assignment second) implements ChangeKind {
        public Swap {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        public Seq<Assignment> removes() {
            return List.of(first, second);
        }

        public Seq<Assignment> adds() {
            return List.of(first.heldBy(second.staff()), second.heldBy(first.staff()));
        }
    }

    /** Someone else stands the shift (替班). */
    record Replacement(Assignment assignment, StaffId replacement) implements ChangeKind {
        public Replacement {
            Objects.requireNonNull(assignment, "assignment");
            Objects.requireNonNull(replacement, "replacement");
        }

        public Seq<Assignment> removes() {
            return List.of(assignment);
        }

        public Seq<Assignment> adds() {
            return List.of(assignment.heldBy(replacement));
        }
    }

    /**
     * Sick leave (病假): needs a doctor's certificate and a named replacement; both are checked when
     * the request is made, so they are optional here.
     *
     * @param certificate the reference of the doctor's certificate
     */
    record SickLeave(Assignment assignment, Option<String> certificate, Option<StaffId> replacement) implements ChangeKind {
        public SickLeave {
            Objects.requireNonNull(assignment, "assignment");
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(replacement, "replacement");
        }

        public Seq<Assignment> removes() {
            return List.of(assignment);
        }

        public Seq<Assignment> adds() {
            return replacement.map(assignment::heldBy).toList();
        }
    }
}
