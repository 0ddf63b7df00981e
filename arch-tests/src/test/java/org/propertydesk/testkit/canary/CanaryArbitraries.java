package org.propertydesk.testkit.canary;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.assertj.core.api.Assertions;
import org.opentest4j.AssertionFailedError;
import org.propertydesk.application.canary.CanaryLedgers;
import org.propertydesk.domain.canary.CanaryLedgerId;

/**
 * Uses everything the testkit may use (jqwik, AssertJ, JUnit, opentest4j, domain, application).
 * Obeys every rule.
 */
public final class CanaryArbitraries {

    private CanaryArbitraries() {}

    public static Arbitrary<CanaryLedgerId> ledgerIds() {
        return Arbitraries.longs().map(bits -> new CanaryLedgerId(new UUID(bits, bits)));
    }

    public static void assertEmpty(CanaryLedgers ledgers, CanaryLedgerId id) {
        org.junit.jupiter.api.Assertions.assertNotNull(ledgers);
        Assertions.assertThat(ledgers.ledger(id).isEmpty()).isTrue();
        if (ledgers.ledger(id).isDefined()) {
            throw new AssertionFailedError("expected no ledger " + id);
        }
    }
}
