package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Something the desk must be able to account for later: above all every access decision, granted
 * or denied (R-CF-9).
 *
 * @param office  the office whose trail records it (K-1)
 * @param at      when it happened, on the standard clock (K-2)
 * @param actor   who acted
 * @param action  what was attempted, e.g. {@code document.read}
 * @param subject what it was attempted on, e.g. a resource name
 * @param outcome whether it was granted, denied or simply recorded
 * @param rule    the rule that decided, where one did
 */
@ValueObject
public record AuditEvent(
        OfficeId office, Instant at, StaffId actor, String action, String subject, Outcome outcome, Option<Rule> rule) {

    public enum Outcome {
        GRANTED,
        DENIED,
        RECORDED
    }

    public AuditEvent {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
    }
}
