package org.propertydesk.domain.handover;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A refused handover in the hands of a superior (R-HO-6). The outgoing person stays responsible; the
 * superior's ruling answers what was left open and the count resumes.
 */
@AggregateRoot
public record Escalated(
        @Identity HandoverId id,
        long version,
        HandoverTerms terms,
        Circumstances circumstances,
        Count count,
        StaffId superior,
        Instant escalatedAt)
        implements Handover {

    public Escalated {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(circumstances, "circumstances");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(superior, "superior");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
    }

    @Override
    public HandoverState state() {
        return HandoverState.ESCALATED;
    }

    /** The superior answers every open question with a ruling; the handover returns to the count. */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<InCount>> settle(StaffId actor, String ruling, Instant at) {
        List<HandoverRejection> reasons = List.empty();
        if (!actor.equals(superior)) {
            reasons = reasons.append(new HandoverRejection.NotTheSuperior(actor, superior));
        }
        if (DutyLog.blank(ruling)) {
            for (QuestionId open : count.unanswered()) {
                reasons = reasons.append(new HandoverRejection.BlankAnswer(open));
            }
        }
        return Rejections.unless(reasons, () -> {
            Count answered = count.with(count.questions().map(q -> q.answered() ? q : q.answeredBy(superior, ruling.strip(), at)));
            return new HandoverOutcome<>(
                    Handover.step(this, "settle", new InCount(id, version + 1, terms, circumstances, answered)),
                    List.of(new HandoverEvent.EscalationSettled(id, office(), superior, at)));
        });
    }
}
