package org.propertydesk.application.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;

/**
 * The hash chain that makes an {@link AuditTrail} tamper-evident (R-CF-9). Every implementation of
 * the port chains entries with these functions, so a trail written by one adapter verifies with
 * any other.
 *
 * <p>Each entry's hash is SHA-256 over the previous hash and a canonical, length-prefixed encoding
 * of the entry; the first entry of an office chains to a genesis hash derived from the office id.
 * The chain shows any edited, removed, inserted or reordered entry; that entries were cut off the
 * end shows only against a count or head hash kept elsewhere.
 */
public final class AuditChain {

    private AuditChain() {}

    /** The hash the first entry of {@code office}'s trail chains to. */
    public static String genesis(OfficeId office) {
        return sha256("propertydesk-audit-genesis", office.toString());
    }

    /** The entry that follows {@code last} (or starts the office's chain). */
    public static AuditEntry next(Option<AuditEntry> last, AuditEvent event) {
        return last.isEmpty() ? next(0, "", event) : next(last.get().sequence(), last.get().hash(), event);
    }

    /**
     * The entry that follows the one numbered {@code lastSequence} with hash {@code lastHash};
     * {@code lastSequence} 0 starts the office's chain (and {@code lastHash} is ignored). For
     * stores that keep only the head of the chain at hand.
     */
    public static AuditEntry next(long lastSequence, String lastHash, AuditEvent event) {
        if (lastSequence < 0) {
            throw new IllegalArgumentException("audit sequence cannot be negative: " + lastSequence);
        }
        long sequence = lastSequence + 1;
        String previous = lastSequence == 0 ? genesis(event.office()) : lastHash;
        return new AuditEntry(sequence, event, previous, hash(previous, sequence, event));
    }

    public static String hash(String previousHash, long sequence, AuditEvent event) {
        return sha256(
                previousHash,
                Long.toString(sequence),
                event.office().toString(),
                event.at().toString(),
                event.actor().toString(),
                event.action(),
                event.subject(),
                event.outcome().name(),
                event.rule().map(Rule::id).getOrElse(""));
    }

    /**
     * The sequence number of the first entry that does not follow from the ones before it (edited,
     * removed, inserted or reordered), or empty when the whole trail of one office is intact.
     */
    public static Option<Long> firstBreak(OfficeId office, Seq<AuditEntry> entries) {
        String previous = genesis(office);
        long expected = 1;
        for (AuditEntry entry : entries) {
            boolean intact = entry.sequence() == expected
                    && entry.event().office().equals(office)
                    && entry.previousHash().equals(previous)
                    && entry.hash().equals(hash(previous, entry.sequence(), entry.event()));
            if (!intact) {
                return Option.some(expected);
            }
            previous = entry.hash();
            expected++;
        }
        return Option.none();
    }

    private static String sha256(String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
