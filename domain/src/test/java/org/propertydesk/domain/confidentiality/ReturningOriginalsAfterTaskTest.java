package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

class ReturningOriginalsAfterTaskTest {

    private final LoanPolicy policy = LoanPolicy.defaults();

    private TaskCustody businessLicenceHandedOut() {
        return TaskCustody.handOut(new CustodyId(nextId()), OFFICE, document(DocumentKind.CERTIFICATE).id(), assistant().id(),
                TUESDAY_10AM).state();
    }

    @Test
    @DisplayName("R-CF-5: an original used for a task is due back 24 h after the task is done, and overdue after that")
    void dueWithin24Hours() {
        var done = TUESDAY_10AM.plus(Duration.ofDays(3));
        var custody = accepted(businessLicenceHandedOut().completeTask(done, policy)).state();

        assertThat(custody.returnDue(policy)).contains(done.plus(Duration.ofHours(24)));
        assertThat(custody.isOverdueAt(done.plus(Duration.ofHours(24)), policy)).isFalse();
        assertThat(custody.isOverdueAt(done.plus(Duration.ofHours(25)), policy)).isTrue();

        var returned = accepted(custody.giveBack(done.plus(Duration.ofHours(25)), policy));
        assertThat(returned.state().isOverdueAt(done.plus(Duration.ofDays(9)), policy)).isFalse();
        assertThat(returned.events().head()).isInstanceOfSatisfying(ConfidentialityEvent.OriginalReturned.class,
                event -> assertThat(event.late()).isTrue());
    }

    @Test
    @DisplayName("R-CF-5: no copy is kept after the task without a stated work need")
    void noCopyWithoutNeed() {
        var custody = accepted(businessLicenceHandedOut().completeTask(TUESDAY_10AM, policy)).state();

        assertThat(refused(custody.keepCopy("  ", TUESDAY_10AM)).rules()).containsExactly(Rule.R_CF_5);
        assertThat(accepted(custody.keepCopy("tax filing due Friday", TUESDAY_10AM)).state().copies()).hasSize(1);
    }
}
