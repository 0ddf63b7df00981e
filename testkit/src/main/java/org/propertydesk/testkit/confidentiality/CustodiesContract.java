package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.confidentiality.RecordsFixtures.*;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.confidentiality.Custodies;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.LoanPolicy;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * What PropertyDesk relies on from every {@link Custodies} store (R-CF-5, K-1): a hand-out reads
 * back field for field, versions guard every change, the holder's list keeps returned originals
 * while the list of originals out drops them, and one office never sees another's. Extend it and
 * return a new, empty store of your implementation from {@link #newCustodies()}.
 */
public abstract class CustodiesContract {

    /** A new, empty store; called once per test. */
    protected abstract Custodies newCustodies();

    private static final DocumentId CERTIFICATE = new DocumentId(new UUID(1, 40));

    private static TaskCustody handedOut(OfficeId office, long id, StaffMember holder) {
        return TaskCustody.handOut(new CustodyId(new UUID(3, id)), office, CERTIFICATE, holder.id(), AT).state();
    }

    private static TaskCustody done(TaskCustody custody) {
        return custody.completeTask(AT.plusSeconds(3600), LoanPolicy.defaults()).get().state();
    }

    @Test
    @DisplayName("R-CF-5: a hand-out reads back field for field and is out, held by its holder")
    void roundTrip() {
        Custodies custodies = newCustodies();
        TaskCustody custody = handedOut(OFFICE, 1, DEPARTMENT_MANAGER);
        custodies.add(custody);

        assertThat(custodies.find(OFFICE, custody.id())).contains(custody);
        assertThat(custodies.out(OFFICE)).containsExactly(custody);
        assertThat(custodies.heldBy(OFFICE, DEPARTMENT_MANAGER.id())).containsExactly(custody);
        assertThat(custodies.heldBy(OFFICE, OFFICE_MANAGER.id())).isEmpty();
    }

    @Test
    @DisplayName("R-CF-5: the task's completion and a kept copy with its need read back after versioned updates")
    void updatesReadBack() {
        Custodies custodies = newCustodies();
        TaskCustody custody = handedOut(OFFICE, 2, DEPARTMENT_MANAGER);
        custodies.add(custody);
        TaskCustody completed = done(custody);
        TaskCustody kept = completed.keepCopy("tenancy file for the owners' meeting", AT.plusSeconds(7200)).get().state();

        custodies.update(completed, custody.version());
        custodies.update(kept, completed.version());

        assertThat(custodies.find(OFFICE, custody.id())).contains(kept);
        assertThat(custodies.out(OFFICE)).containsExactly(kept);
    }

    @Test
    @DisplayName("R-CF-5: a write based on a stale version is a concurrency conflict and changes nothing")
    void staleWrite() {
        Custodies custodies = newCustodies();
        TaskCustody custody = handedOut(OFFICE, 3, DEPARTMENT_MANAGER);
        custodies.add(custody);
        TaskCustody completed = done(custody);
        custodies.update(completed, custody.version());

        TaskCustody returnedFromStaleCopy = custody.giveBack(AT.plusSeconds(60), LoanPolicy.defaults()).get().state();
        assertThatThrownBy(() -> custodies.update(returnedFromStaleCopy, custody.version()))
                .isInstanceOf(ConcurrencyConflict.class);
        assertThat(custodies.find(OFFICE, custody.id())).contains(completed);
    }

    @Test
    @DisplayName("R-CF-5: a returned original is no longer out but stays among what its holder was given")
    void returnedLeavesOutButNotHeldBy() {
        Custodies custodies = newCustodies();
        TaskCustody returned = handedOut(OFFICE, 4, DEPARTMENT_MANAGER);
        TaskCustody stillOut = handedOut(OFFICE, 5, DEPARTMENT_MANAGER);
        custodies.add(returned);
        custodies.add(stillOut);
        TaskCustody back = returned.giveBack(AT.plusSeconds(60), LoanPolicy.defaults()).get().state();
        custodies.update(back, returned.version());

        assertThat(custodies.out(OFFICE)).containsExactly(stillOut);
        assertThat(custodies.heldBy(OFFICE, DEPARTMENT_MANAGER.id())).containsExactlyInAnyOrder(back, stillOut);
    }

    @Test
    @DisplayName("K-1: hand-outs are scoped to their office")
    void isolatedByOffice() {
        Custodies custodies = newCustodies();
        TaskCustody here = handedOut(OFFICE, 6, DEPARTMENT_MANAGER);
        TaskCustody there = handedOut(OTHER_OFFICE, 7, DEPARTMENT_MANAGER);
        custodies.add(here);
        custodies.add(there);

        assertThat(custodies.find(OTHER_OFFICE, here.id())).isEmpty();
        assertThat(custodies.find(OFFICE, there.id())).isEmpty();
        assertThat(custodies.out(OFFICE)).containsExactly(here);
        assertThat(custodies.out(OTHER_OFFICE)).containsExactly(there);
        assertThat(custodies.heldBy(OTHER_OFFICE, DEPARTMENT_MANAGER.id())).containsExactly(there);
    }
}
