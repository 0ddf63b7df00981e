package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.confidentiality.RecordsOfficeHarness.OFFICE;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.domain.confidentiality.Access;
import org.propertydesk.domain.confidentiality.DocumentKind;

class ConcurrentConsultationsTest {

    @Test
    @DisplayName("R-CF-9: consultations from many threads each leave one entry, and the trail still verifies")
    void concurrentDecisions() throws InterruptedException {
        RecordsOfficeHarness desk = new RecordsOfficeHarness();
        var record = desk.registered(DocumentKind.OWNER_RECORD);
        ExecutorService pool = Executors.newFixedThreadPool(8);

        IntStream.range(0, 200).forEach(i -> pool.submit(() -> desk.office.consult(new RecordsOffice.Consult(
                OFFICE, (i % 2 == 0 ? desk.assistant : desk.departmentManager).id(), record, Access.READ))));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        var verification = desk.office.verifyAudit(OFFICE);
        assertThat(verification.entries()).isEqualTo(200);
        assertThat(verification.intact()).isTrue();
        assertThat(desk.audit.entries(OFFICE).filter(entry -> entry.event().outcome().name().equals("DENIED"))).hasSize(100);
    }
}
