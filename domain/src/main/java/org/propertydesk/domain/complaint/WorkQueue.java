package org.propertydesk.domain.complaint;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Comparator;
import org.propertydesk.domain.kernel.BusinessCalendar;

/**
 * The office's open complaints ordered by when they are next due (R-CO-4), so every complaint is
 * worked to closure (R-CO-7). Complaints with no open target (answered, waiting for the return
 * visit) come last, oldest first. Derived at a moment, never stored.
 */
public final class WorkQueue {

    private WorkQueue() {}

    public static Seq<QueueItem> of(Seq<Complaint> complaints, BusinessCalendar calendar, ComplaintPolicy policy, Instant now) {
        return complaints.filter(complaint -> !complaint.isClosed())
                .map(complaint -> item(complaint, calendar, policy, now))
                .sorted(Comparator.comparing((QueueItem item) -> item.next().isEmpty())
                        .thenComparing(item -> item.next().map(standing -> standing.deadline().due()).getOrElse(Instant.MAX))
                        .thenComparing(item -> item.complaint().value()));
    }

    /**
     * Where one complaint stands at {@code now}: its step and its open targets, the one due first
     * leading. A closed complaint has no open target.
     */
    public static QueueItem item(Complaint complaint, BusinessCalendar calendar, ComplaintPolicy policy, Instant now) {
        return new QueueItem(
                complaint.id(),
                complaint.classification(),
                complaint.procedure().step(),
                complaint.standings(calendar, policy, now).sortBy(standing -> standing.deadline().due()));
    }

    /** The items with a target overdue or due soon now, in queue order. */
    public static Seq<QueueItem> overdueOrDueSoon(
            Seq<Complaint> complaints, BusinessCalendar calendar, ComplaintPolicy policy, Instant now) {
        return of(complaints, calendar, policy, now).filter(item -> item.state() != DueState.ON_TIME);
    }
}
