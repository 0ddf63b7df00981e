package org.propertydesk.domain.firstcontact;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Where a service request stands, one type per state, each carrying what only that state has
 * (the pending transfer, the handler, the completion report). {@link #status()} is the state's name
 * in {@link ServiceRequest#LIFECYCLE}.
 */
public sealed interface Stage {

    Status status();

    /** The states of {@link ServiceRequest#LIFECYCLE}. */
    enum Status {
        RECEIVED,
        TRANSFERRED,
        IN_HANDLING,
        COMPLETED,
        CLOSED;

        /** First-contact responsibility runs until completion is reported (R-FC-7). */
        public boolean isOpen() {
            return this == RECEIVED || this == TRANSFERRED || this == IN_HANDLING;
        }
    }

    /** With the first-contact employee, who has not yet passed it on or started on it. */
    @ValueObject
    record Received() implements Stage {
        @Override
        public Status status() {
            return Status.RECEIVED;
        }
    }

    /** On its way to {@code pending.to()}, who has not yet accepted it. */
    @ValueObject
    record Transferred(Transfer pending) implements Stage {
        public Transferred {
            Objects.requireNonNull(pending, "pending");
        }

        @Override
        public Status status() {
            return Status.TRANSFERRED;
        }
    }

    /** Being handled by {@code handler} of {@code department} (the owner or an accepting department). */
    @ValueObject
    record InHandling(StaffId handler, Department department, Instant since) implements Stage {
        public InHandling {
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Status status() {
            return Status.IN_HANDLING;
        }
    }

    /** Completion reported to the customer-service supervisor: first-contact responsibility has ended. */
    @ValueObject
    record Completed(CompletionReport report) implements Stage {
        public Completed {
            Objects.requireNonNull(report, "report");
        }

        @Override
        public Status status() {
            return Status.COMPLETED;
        }
    }

    /** Closed by the customer-service supervisor after the completion report. */
    @ValueObject
    record Closed(CompletionReport report, StaffId closedBy, Instant closedAt) implements Stage {
        public Closed {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(closedBy, "closedBy");
            Objects.requireNonNull(closedAt, "closedAt");
        }

        @Override
        public Status status() {
            return Status.CLOSED;
        }
    }
}
