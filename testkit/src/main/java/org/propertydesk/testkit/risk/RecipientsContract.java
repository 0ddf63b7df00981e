package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.TreeSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.risk.Recipients;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.KeyRecipients;

/**
 * What the risk desk relies on from every {@link Recipients} register (R-RN-6, R-RN-7, K-1): an
 * office's shops and key units read back name for name, another office's never appear, and an
 * office with no register has no key recipients (an answer, not a failure). The register is
 * read-only through its port, so the suite hands you what to hold: {@link #recipientsHolding(Map)}.
 */
public abstract class RecipientsContract {

    /** A register holding exactly these offices' shops and key units. */
    protected abstract Recipients recipientsHolding(Map<OfficeId, KeyRecipients> registers);

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a5"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a6"));

    private static final KeyRecipients PLAZA = new KeyRecipients(
            TreeSet.of("便利店 1-01", "Bakery 1-02", "pharmacy 1-03"), TreeSet.of("数据中心 B2", "Clinic 3F"));
    private static final KeyRecipients TOWER = new KeyRecipients(TreeSet.of("Café 1-01"), TreeSet.empty());

    private static void assertSame(KeyRecipients actual, KeyRecipients expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.shops().toJavaSet()).as("shops").isEqualTo(expected.shops().toJavaSet());
        assertThat(actual.keyUnits().toJavaSet()).as("key units").isEqualTo(expected.keyUnits().toJavaSet());
    }

    @Test
    @DisplayName("R-RN-6, R-RN-7: an office's shops and key units read back name for name")
    void roundTrip() {
        assertSame(recipientsHolding(HashMap.of(OFFICE, PLAZA)).of(OFFICE), PLAZA);
    }

    @Test
    @DisplayName("K-1: each office gets its own register, never another's")
    void isolatedByOffice() {
        Recipients recipients = recipientsHolding(HashMap.of(OFFICE, PLAZA, OTHER_OFFICE, TOWER));

        assertSame(recipients.of(OFFICE), PLAZA);
        assertSame(recipients.of(OTHER_OFFICE), TOWER);
    }

    @Test
    @DisplayName("R-RN-6: an office without a register has no key recipients, even when another office has some")
    void unknownOfficeHasNone() {
        KeyRecipients none = recipientsHolding(HashMap.of(OFFICE, PLAZA)).of(OTHER_OFFICE);

        assertSame(none, KeyRecipients.none());
        assertThat(Set.copyOf(none.shops().toJavaSet())).isEmpty();
    }
}
