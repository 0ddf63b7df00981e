package org.propertydesk.domain.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StateMachine;

/**
 * An original or certificate handed to a staff member for a task (R-CF-5, 保密管理制度 3.4.6). It
 * guards that the original goes back to the designated keeper within 24 h after the task is done
 * (overdue is derived from the task's completion), and that no copy is kept without a stated work
 * need.
 *
 * @param taskDoneAt when the holder reported the task done
 * @param returnedAt when the original came back
 * @param version    1 when handed out, one more after every change
 */
@AggregateRoot
public record TaskCustody(
        @Identity CustodyId id,
        OfficeId office,
        DocumentId document,
        StaffId holder,
        CustodyStatus status,
        Instant handedOutAt,
        Option<Instant> taskDoneAt,
        Option<Instant> returnedAt,
        Seq<KeptCopy> copies,
        long version) {

    public static final StateMachine<CustodyStatus> LIFECYCLE = StateMachine.named(
                    "task custody", CustodyStatus.class, CustodyStatus.IN_USE)
            .on(CustodyStatus.IN_USE, "complete task", CustodyStatus.TASK_DONE)
            .on(CustodyStatus.IN_USE, "return", CustodyStatus.RETURNED)
            .on(CustodyStatus.TASK_DONE, "keep copy", CustodyStatus.TASK_DONE)
            .on(CustodyStatus.TASK_DONE, "return", CustodyStatus.RETURNED)
            .build();

    public TaskCustody {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(handedOutAt, "handedOutAt");
        Objects.requireNonNull(taskDoneAt, "taskDoneAt");
        Objects.requireNonNull(returnedAt, "returnedAt");
        Objects.requireNonNull(copies, "copies");
    }

    public static Outcome<TaskCustody> handOut(CustodyId id, OfficeId office, DocumentId document, StaffId holder, Instant at) {
        return Outcome.of(
                new TaskCustody(id, office, document, holder, CustodyStatus.IN_USE, at, Option.none(), Option.none(),
                        List.empty(), 1),
                new ConfidentialityEvent.OriginalHandedOut(office, id, document, holder, at));
    }

    /** The task is done: the original is due back {@link LoanPolicy#returnAfterTask()} later. */
    public Either<Rejections<ConfidentialityRejection>, Outcome<TaskCustody>> completeTask(Instant at, LoanPolicy policy) {
        Objects.requireNonNull(at, "at");
        return Rejections.unless(lifecycle("complete task"), () -> Outcome.of(
                new TaskCustody(id, office, document, holder, CustodyStatus.TASK_DONE, handedOutAt, Option.some(at), returnedAt,
                        copies, version + 1),
                new ConfidentialityEvent.TaskCompleted(office, id, at.plus(policy.returnAfterTask()), at)));
    }

    /** Keeps a copy after the task; only for a stated work need (R-CF-5). */
    public Either<Rejections<ConfidentialityRejection>, Outcome<TaskCustody>> keepCopy(String need, Instant at) {
        Objects.requireNonNull(at, "at");
        List<ConfidentialityRejection> reasons = lifecycle("keep copy");
        if (need == null || need.isBlank()) {
            reasons = reasons.append(new ConfidentialityRejection.CopyWithoutNeed(id, document));
        }
        return Rejections.unless(reasons, () -> Outcome.of(
                new TaskCustody(id, office, document, holder, status, handedOutAt, taskDoneAt, returnedAt,
                        copies.append(new KeptCopy(need.strip(), at)), version + 1),
                new ConfidentialityEvent.CopyKept(office, id, need.strip(), at)));
    }

    public Either<Rejections<ConfidentialityRejection>, Outcome<TaskCustody>> giveBack(Instant at, LoanPolicy policy) {
        Objects.requireNonNull(at, "at");
        return Rejections.unless(lifecycle("return"), () -> Outcome.of(
                new TaskCustody(id, office, document, holder, CustodyStatus.RETURNED, handedOutAt, taskDoneAt, Option.some(at),
                        copies, version + 1),
                new ConfidentialityEvent.OriginalReturned(
                        office, id, document, returnDue(policy).exists(at::isAfter), at)));
    }

    /** When the original must be back: 24 h (by default) after the task was done (R-CF-5). */
    public Option<Instant> returnDue(LoanPolicy policy) {
        return taskDoneAt.map(done -> done.plus(policy.returnAfterTask()));
    }

    /** Still not back though the task was done longer ago than the policy allows (derived). */
    public boolean isOverdueAt(Instant now, LoanPolicy policy) {
        return status != CustodyStatus.RETURNED && returnDue(policy).exists(now::isAfter);
    }

    public boolean isOut() {
        return status != CustodyStatus.RETURNED;
    }

    private List<ConfidentialityRejection> lifecycle(String action) {
        return LIFECYCLE.allows(status, action)
                ? List.empty()
                : List.of(new ConfidentialityRejection.CustodyNotInState(id, status, action));
    }
}
