package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import java.util.Objects;
import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/** {@link Denials} over the {@link AuditTrail}, timed by the {@link Clock}. */
public final class DenialsService implements Denials {

    private final AuditTrail trail;
    private final Clock clock;
    private final Transactions transactions;

    public DenialsService(AuditTrail trail, Clock clock, Transactions transactions) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    @Enforces(Rule.R_CF_9)
    public void denied(OfficeId office, StaffId actor, String action, String subject, Option<Rule> rule) {
        transactions.run(() -> trail.append(new AuditEvent(office, clock.now(), actor, action, subject, AuditEvent.Outcome.DENIED, rule)));
    }
}
