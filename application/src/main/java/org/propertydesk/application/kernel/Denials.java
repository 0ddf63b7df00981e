package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Where a transport reports an access it refused before or outside a use case that audits its own
 * decisions — a name in another office (K-1), a role or clearance the command needs (R-CF-2) — so
 * that every denial, not only the records office's, is in the office's audit trail (R-CF-9).
 */
@PrimaryPort
@FunctionalInterface
public interface Denials {

    /**
     * Appends one DENIED entry to {@code office}'s trail, in a unit of work of its own.
     *
     * @param office  the acting staff member's office, whose trail records what its staff attempted
     * @param actor   who was refused
     * @param action  what was attempted, e.g. {@code propertydesk.v1.RecordsOfficeService/ApproveLoan}
     * @param subject what it was attempted on, e.g. a resource name
     * @param rule    the rule that refused, where one did
     */
    void denied(OfficeId office, StaffId actor, String action, String subject, Option<Rule> rule);
}
