package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.complaint.PaymentStatus;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * What the communicative procedure relies on from every {@link PaymentStatus} (R-CO-3 ③, K-1): the
 * ledger's standing of a complainant comes back as the ledger has it, per office, and a complainant
 * the ledger does not know is {@link PaymentStanding#UNKNOWN} — never a guess, never a failure. The
 * ledger is the vendor's, so the suite tells you what it holds: {@link #ledgerHolding(Seq)}.
 */
public abstract class PaymentStatusContract {

    /** One line of the ledger: how a complainant of an office stands. */
    public record Standing(OfficeId office, ComplainantId complainant, PaymentStanding standing) {}

    /** A payment-status port over a ledger holding exactly these standings. */
    protected abstract PaymentStatus ledgerHolding(Seq<Standing> standings);

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000b5"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000b6"));
    private static final ComplainantId PAYS = new ComplainantId("3-1201");
    private static final ComplainantId OWES = new ComplainantId("3-1202");

    @Test
    @DisplayName("R-CO-3: each complainant's standing comes back as the ledger has it")
    void standingReadsBack() {
        PaymentStatus status = ledgerHolding(List.of(
                new Standing(OFFICE, PAYS, PaymentStanding.UP_TO_DATE),
                new Standing(OFFICE, OWES, PaymentStanding.IN_ARREARS)));

        assertThat(status.of(OFFICE, PAYS)).isEqualTo(PaymentStanding.UP_TO_DATE);
        assertThat(status.of(OFFICE, OWES)).isEqualTo(PaymentStanding.IN_ARREARS);
    }

    @Test
    @DisplayName("R-CO-3: a complainant the ledger does not know stands UNKNOWN")
    void unknownComplainant() {
        PaymentStatus status = ledgerHolding(List.of(new Standing(OFFICE, OWES, PaymentStanding.IN_ARREARS)));

        assertThat(status.of(OFFICE, PAYS)).isEqualTo(PaymentStanding.UNKNOWN);
    }

    @Test
    @DisplayName("K-1: the same complainant reference in another office is another person with its own standing")
    void isolatedByOffice() {
        PaymentStatus status = ledgerHolding(List.of(
                new Standing(OFFICE, OWES, PaymentStanding.IN_ARREARS),
                new Standing(OTHER_OFFICE, OWES, PaymentStanding.UP_TO_DATE)));

        assertThat(status.of(OFFICE, OWES)).isEqualTo(PaymentStanding.IN_ARREARS);
        assertThat(status.of(OTHER_OFFICE, OWES)).isEqualTo(PaymentStanding.UP_TO_DATE);
        assertThat(status.of(new OfficeId(new UUID(9, 9)), OWES)).isEqualTo(PaymentStanding.UNKNOWN);
    }
}
