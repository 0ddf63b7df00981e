package org.propertydesk.domain.risk;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Proof that a notice was given (R-RN-9): the kept stub, a delivery receipt, a photo of a posting,
 * the utility's own notice, or a record of informing the parties as a matter proceeds. Evidence is
 * only ever added to a notice, never removed, until its retention ends.
 */
public sealed interface Evidence {

    /** A reference into the office's archive (file number, scan id), not the content itself. */
    String reference();

    Instant recordedAt();

    /** 存根: the counterfoil of the notice, kept by the office. */
    @ValueObject
    record Stub(String reference, Instant recordedAt) implements Evidence {
        public Stub {
            requireReference(reference, recordedAt);
        }
    }

    /** Proof of service to one addressee: signed receipt, registered-mail return card, notary's certificate. */
    @ValueObject
    record DeliveryReceipt(Addressee to, Instant servedAt, String reference, Instant recordedAt) implements Evidence {
        public DeliveryReceipt {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(servedAt, "servedAt");
            requireReference(reference, recordedAt);
        }
    }

    /** 照片存档: a photo of a posted notice in place. */
    @ValueObject
    record Photo(Addressee posting, String reference, Instant recordedAt) implements Evidence {
        public Photo {
            Objects.requireNonNull(posting, "posting");
            requireReference(reference, recordedAt);
        }
    }

    /** The utility's own outage notice, posted or sent together with the office's (R-RN-7). */
    @ValueObject
    record UtilityNotice(String reference, Instant recordedAt) implements Evidence {
        public UtilityNotice {
            requireReference(reference, recordedAt);
        }
    }

    /** 及时告知: the parties were informed as the matter proceeded (R-RN-4). */
    @ValueObject
    record ProgressUpdate(String reference, Instant recordedAt) implements Evidence {
        public ProgressUpdate {
            requireReference(reference, recordedAt);
        }
    }

    private static void requireReference(String reference, Instant recordedAt) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
