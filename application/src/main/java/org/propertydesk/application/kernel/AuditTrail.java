package org.propertydesk.application.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The append-only record of what the desk decided, above all every access decision (R-CF-9).
 * Entries are never updated or deleted; each office's trail is one hash chain built with
 * {@link AuditChain}, so tampering shows.
 */
@SecondaryPort
public interface AuditTrail {

    /** Appends the event as the next entry of its office's chain and returns that entry. */
    AuditEntry append(AuditEvent event);

    /** The office's entries in sequence order. */
    Seq<AuditEntry> entries(OfficeId office);

    /** The first entry of the office's trail that was tampered with, if any. */
    default Option<Long> firstTampered(OfficeId office) {
        return AuditChain.firstBreak(office, entries(office));
    }
}
