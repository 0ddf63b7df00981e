package org.propertydesk.testkit.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.firstcontact.ReceptionLog;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.kernel.Department;

/**
 * What PropertyDesk relies on from every {@link ReceptionLog}. Extend it in your tests and return a
 * new, empty log of your implementation from {@link #newLog()}.
 */
public abstract class ReceptionLogContract {

    /** A new, empty log; called once per test. */
    protected abstract ReceptionLog newLog();

    private final FirstContactOffice o = FirstContactOffice.numbered(21);
    private final FirstContactOffice other = FirstContactOffice.numbered(22);

    private ReceptionEntry entry(FirstContactOffice office, Department department, long n) {
        return new ReceptionEntry(office.office, department, new ServiceRequestId(new UUID(88, n)), office.frontDesk.id(),
                office.frontDesk.id(), RequestKind.COMPLAINT, "噪音扰民", FirstContactArbitraries.RECEIVED_AT.plus(Duration.ofMinutes(n)));
    }

    @Test
    @DisplayName("R-FC-7: a department's lines read back in the order they were recorded, naming the first contact")
    void inOrder() {
        ReceptionLog log = newLog();
        ReceptionEntry first = entry(o, Department.CUSTOMER_SERVICE, 1);
        ReceptionEntry second = entry(o, Department.CUSTOMER_SERVICE, 2);
        log.record(first);
        log.record(second);

        assertThat(log.of(o.office, Department.CUSTOMER_SERVICE)).containsExactly(first, second);
    }

    @Test
    @DisplayName("K-1, R-FC-7: each office and department keeps its own log")
    void separateLogs() {
        ReceptionLog log = newLog();
        ReceptionEntry security = entry(o, Department.SECURITY, 3);
        ReceptionEntry elsewhere = entry(other, Department.SECURITY, 4);
        log.record(security);
        log.record(elsewhere);

        assertThat(log.of(o.office, Department.SECURITY)).containsExactly(security);
        assertThat(log.of(o.office, Department.ENGINEERING)).isEmpty();
        assertThat(log.of(other.office, Department.SECURITY)).containsExactly(elsewhere);
    }
}
