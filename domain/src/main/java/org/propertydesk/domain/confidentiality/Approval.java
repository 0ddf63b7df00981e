package org.propertydesk.domain.confidentiality;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * Someone's consent to a step on one document: a copy (R-CF-3), a loan (R-CF-4) or a destruction
 * (R-CF-6). It keeps the approver's standing when they gave it (role, department, clearance), so
 * the rules can judge it later without looking the approver up again.
 *
 * @param written true for a signed note (批条), which CCTV loans require (R-CF-4)
 */
@ValueObject
public record Approval(
        DocumentId document,
        Purpose purpose,
        StaffId approver,
        Role role,
        Department department,
        ClearanceLevel clearance,
        Instant at,
        boolean written) {

    /** What was approved. */
    public enum Purpose {
        COPY,
        LOAN,
        DESTRUCTION
    }

    public Approval {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(at, "at");
    }

    public static Approval by(StaffMember approver, DocumentId document, Purpose purpose, Instant at, boolean written) {
        return new Approval(
                document, purpose, approver.id(), approver.role(), approver.department(), approver.clearance(), at, written);
    }

    /** An approval given in writing (a signed note). */
    public static Approval writtenBy(StaffMember approver, DocumentId document, Purpose purpose, Instant at) {
        return by(approver, document, purpose, at, true);
    }

    /** An approval given orally or by a system click, not on paper. */
    public static Approval givenBy(StaffMember approver, DocumentId document, Purpose purpose, Instant at) {
        return by(approver, document, purpose, at, false);
    }

    public boolean covers(DocumentId id, Purpose wanted, Instant when) {
        return document.equals(id) && purpose == wanted && !at.isAfter(when);
    }
}
