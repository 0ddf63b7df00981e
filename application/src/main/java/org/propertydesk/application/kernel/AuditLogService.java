package org.propertydesk.application.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.KernelRejection;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/** {@link AuditLog} over the {@link AuditTrail} and the {@link Directory}. */
public final class AuditLogService implements AuditLog {

    private final AuditTrail trail;
    private final Directory directory;
    private final Transactions transactions;

    public AuditLogService(AuditTrail trail, Directory directory, Transactions transactions) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Either<Rejections<KernelRejection>, Seq<AuditEntry>> entries(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> reader(office, actor).map(ignored -> trail.entries(office)));
    }

    @Override
    public Either<Rejections<KernelRejection>, Verification> verify(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> reader(office, actor).map(ignored -> {
            Seq<AuditEntry> entries = trail.entries(office);
            return new Verification(entries.size(), trail.firstTampered(office));
        }));
    }

    @Enforces(Rule.R_CF_9)
    private Either<Rejections<KernelRejection>, StaffMember> reader(OfficeId office, StaffId actor) {
        StaffMember member = directory.staffMember(office, actor).getOrElseThrow(() -> new NotFound("staff member", actor.toString()));
        return KernelRejection.AuditTrailReserved.mayRead(member.role())
                ? Either.right(member)
                : Either.left(Rejections.of(new KernelRejection.AuditTrailReserved(actor, member.role())));
    }
}
