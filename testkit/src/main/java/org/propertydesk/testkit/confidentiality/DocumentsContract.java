package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.confidentiality.RecordsFixtures.*;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.confidentiality.Documents;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentKind;

/**
 * What PropertyDesk relies on from every {@link Documents}. Extend it in your tests and return a
 * new, empty store of your implementation from {@link #newDocuments()}.
 */
public abstract class DocumentsContract {

    /** A new, empty store; called once per test. */
    protected abstract Documents newDocuments();

    @Test
    @DisplayName("R-CF-1: a document reads back field for field, level, subject and custodian included")
    void roundTrip() {
        Documents documents = newDocuments();
        Document file = document(OFFICE, 1, DocumentKind.PERSONNEL_FILE, OFFICE_MANAGER.id(), Option.some(DEPARTMENT_MANAGER.id()));
        documents.add(file);

        assertThat(documents.find(OFFICE, file.id())).contains(file);
        assertThat(documents.personnelFilesOf(OFFICE, DEPARTMENT_MANAGER.id())).containsExactly(file);
        assertThat(documents.keptBy(OFFICE, OFFICE_MANAGER.id())).containsExactly(file);
    }

    @Test
    @DisplayName("K-1: a document is found only in its own office")
    void scopedToOffice() {
        Documents documents = newDocuments();
        Document contract = document(OFFICE, 2, DocumentKind.CONTRACT, OFFICE_MANAGER.id(), Option.none());
        documents.add(contract);

        assertThat(documents.find(OTHER_OFFICE, contract.id())).isEmpty();
        assertThat(documents.keptBy(OTHER_OFFICE, OFFICE_MANAGER.id())).isEmpty();
    }

    @Test
    @DisplayName("R-CF-10: an update at the expected version is stored; a stale one is a concurrency conflict")
    void optimisticVersions() {
        Documents documents = newDocuments();
        Document contract = document(OFFICE, 3, DocumentKind.CONTRACT, OFFICE_MANAGER.id(), Option.none());
        documents.add(contract);
        Document handedOver = contract.handOver(OFFICE_MANAGER, DEPARTMENT_MANAGER.id(), AT).get().state();

        documents.update(handedOver, contract.version());

        assertThat(documents.find(OFFICE, contract.id())).contains(handedOver);
        assertThat(documents.keptBy(OFFICE, DEPARTMENT_MANAGER.id())).containsExactly(handedOver);
        assertThatThrownBy(() -> documents.update(handedOver, contract.version())).isInstanceOf(ConcurrencyConflict.class);
    }
}
