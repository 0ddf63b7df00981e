package org.propertydesk.testkit.risk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.risk.Recipients;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.KeyRecipients;

/** {@link Recipients} in memory: each office's shops and key units, none unless set. */
@SecondaryAdapter
public final class InMemoryRecipients implements Recipients {

    private final Map<OfficeId, KeyRecipients> registers = new ConcurrentHashMap<>();

    public InMemoryRecipients with(OfficeId office, KeyRecipients recipients) {
        registers.put(office, recipients);
        return this;
    }

    @Override
    public KeyRecipients of(OfficeId office) {
        return registers.getOrDefault(office, KeyRecipients.none());
    }
}
