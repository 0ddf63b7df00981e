package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.Arrears;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.NoticeId;

/**
 * What PropertyDesk relies on from every {@link org.propertydesk.application.risk.Arrears} port —
 * typically a vendor's fee ledger (R-RN-3, K-1). Extend it in your tests and return a new, empty
 * ledger of your implementation from {@link #newArrears()}.
 */
public abstract class ArrearsContract {

    /** A new, empty ledger; called once per test. */
    protected abstract org.propertydesk.application.risk.Arrears newArrears();

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static Arrears owed(long id, OfficeId office) {
        return Arrears.record(new ArrearsId(new UUID(0, id)), office, "fee-" + id, "3-120" + id,
                LocalDate.of(2024, 3, 31), T0).state();
    }

    @Test
    @DisplayName("R-RN-3: arrears read back with their served demands, so the limitation end survives a round trip")
    void roundTrip() {
        org.propertydesk.application.risk.Arrears ledger = newArrears();
        Arrears owed = owed(1, OFFICE);
        ledger.add(owed);
        Arrears served = owed.recordServedDemand(new NoticeId(new UUID(0, 7)), LocalDate.of(2026, 3, 5),
                LimitationPolicy.defaults(), T0).get().state();
        ledger.update(served, 0);

        assertThat(ledger.find(OFFICE, owed.id())).contains(served);
        assertThat(ledger.find(OFFICE, owed.id()).get().limitationEnds(LimitationPolicy.defaults()))
                .isEqualTo(LocalDate.of(2028, 3, 5));
    }

    @Test
    @DisplayName("R-RN-3: a write based on a stale version is a concurrency conflict and changes nothing")
    void staleWrite() {
        org.propertydesk.application.risk.Arrears ledger = newArrears();
        Arrears owed = owed(1, OFFICE);
        ledger.add(owed);
        Arrears paid = owed.settle(LocalDate.of(2026, 3, 1), T0).get().state();
        ledger.update(paid, 0);

        assertThatThrownBy(() -> ledger.update(paid, 0)).isInstanceOf(ConcurrencyConflict.class);
        assertThat(ledger.find(OFFICE, owed.id())).contains(paid);
    }

    @Test
    @DisplayName("R-RN-3: outstanding arrears are the office's unsettled ones, in a stable order (K-1)")
    void outstanding() {
        org.propertydesk.application.risk.Arrears ledger = newArrears();
        Arrears second = owed(2, OFFICE);
        Arrears first = owed(1, OFFICE);
        Arrears paid = owed(3, OFFICE);
        ledger.add(second);
        ledger.add(first);
        ledger.add(paid);
        ledger.add(owed(4, OTHER_OFFICE));
        ledger.update(paid.settle(LocalDate.of(2026, 3, 1), T0).get().state(), 0);

        assertThat(ledger.outstanding(OFFICE)).containsExactly(first, second);
        assertThat(ledger.find(OTHER_OFFICE, first.id())).isEmpty();
    }
}
