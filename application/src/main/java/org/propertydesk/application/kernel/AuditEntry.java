package org.propertydesk.application.kernel;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An event as the trail keeps it: numbered from 1 within its office and chained to the entry
 * before it, so that changing, removing or reordering any entry breaks every hash after it.
 *
 * @param sequence     1 for an office's first entry, then consecutive
 * @param event        what happened
 * @param previousHash the hash of the entry before (the office's genesis hash for the first)
 * @param hash         {@link AuditChain#hash} of this entry's content and {@code previousHash}
 */
@ValueObject
public record AuditEntry(long sequence, AuditEvent event, String previousHash, String hash) {

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("audit sequence starts at 1: " + sequence);
        }
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
