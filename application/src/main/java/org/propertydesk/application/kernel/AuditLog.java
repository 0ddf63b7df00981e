package org.propertydesk.application.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.kernel.KernelRejection;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The office's audit trail as its management sees it (R-CF-9): every access decision in order,
 * and a verification that recomputes the hash chain and names the first entry tampered with.
 */
@PrimaryPort
public interface AuditLog {

    /** The office's entries in sequence order; only for the office manager and company leadership. */
    Either<Rejections<KernelRejection>, Seq<AuditEntry>> entries(OfficeId office, StaffId actor);

    /** Recomputes the office's chain; only for the office manager and company leadership. */
    Either<Rejections<KernelRejection>, Verification> verify(OfficeId office, StaffId actor);

    /** How many entries the trail holds, and the first one that does not follow from those before it. */
    record Verification(long entries, Option<Long> firstTampered) {
        public boolean intact() {
            return firstTampered.isEmpty();
        }
    }
}
