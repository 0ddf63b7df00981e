package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;
import static org.propertydesk.domain.firstcontact.Requests.*;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("A leak that cannot be fixed at once, and a customer who keeps calling")
class ExpectedTimeAndTwoContactsTest {

    private final ServiceRequest request = leakReportedAtFrontDesk();

    @Test
    @DisplayName("R-FC-9: what is not done at once is passed on only with an expected completion time")
    void transferNeedsExpectedTime() {
        var refusal = refused(request.transfer(FRONT_DESK, ENGINEERING_SUPERVISOR, TransferMethod.PHONE_BRIDGE, Option.none(), Option.none(), at(request)));

        assertThat(refusal.reasons()).containsExactly(new FirstContactRejection.ExpectedCompletionMissing(REQUEST));
        assertThat(refusal.rules()).containsExactly(Rule.R_FC_9);
    }

    @Test
    @DisplayName("R-FC-9: an expected completion time lies ahead")
    void expectedTimeAhead() {
        var refusal = refused(request.handle(FRONT_DESK, NINE.minus(Duration.ofHours(1)), at(request)));

        assertThat(refusal.reasons()).containsExactly(
                new FirstContactRejection.ExpectedCompletionNotAhead(REQUEST, NINE.minus(Duration.ofHours(1)), at(request)));
    }

    @Test
    @DisplayName("R-FC-9: the expected time is kept across transfers, and the request is overdue once it passes unfinished")
    void overdue() {
        ServiceRequest passed = transferred(request, FRONT_DESK, ENGINEERING_SUPERVISOR);

        assertThat(passed.expectedCompletion()).contains(TOMORROW);
        assertThat(passed.isOverdue(TOMORROW)).isFalse();
        assertThat(passed.isOverdue(TOMORROW.plusSeconds(1))).isTrue();
    }

    @Test
    @DisplayName("R-FC-9: what is done at once needs no expected time")
    void doneAtOnce() {
        ServiceRequest done = ok(request.reportCompletion(FRONT_DESK, NINE, "已告知维修电话", CUSTOMER_SERVICE_SUPERVISOR, NINE));

        assertThat(done.expectedCompletion()).isEmpty();
        assertThat(done.firstContactResponsibilityEnded()).isTrue();
    }

    @Test
    @DisplayName("R-FC-9: a second contact is within 二次办结; a third is flagged as a breach, never refused")
    void thirdContactFlagged() {
        FirstContactPolicy policy = FirstContactPolicy.defaults();

        var second = request.recordContact(policy, NINE.plus(Duration.ofHours(2))).get();
        assertThat(second.events()).hasExactlyElementsOfTypes(FirstContactEvent.CustomerContactedAgain.class);
        assertThat(second.request().breachesContactLimit(policy)).isFalse();

        var third = second.request().recordContact(policy, NINE.plus(Duration.ofHours(4))).get();
        assertThat(third.events()).hasExactlyElementsOfTypes(
                FirstContactEvent.CustomerContactedAgain.class, FirstContactEvent.TwoContactLimitBreached.class);
        assertThat(third.events().last()).isEqualTo(new FirstContactEvent.TwoContactLimitBreached(
                OFFICE, REQUEST, FRONT_DESK.id(), 3, 2, NINE.plus(Duration.ofHours(4))));
        assertThat(third.request().breachesContactLimit(policy)).isTrue();
    }

    @Test
    @DisplayName("R-FC-9: an office may allow a different number of contacts")
    void policyIsANumber() {
        FirstContactPolicy lenient = new FirstContactPolicy(3);

        var third = request.recordContact(lenient, NINE.plusSeconds(60)).get().request().recordContact(lenient, NINE.plusSeconds(120)).get();

        assertThat(third.events()).hasExactlyElementsOfTypes(FirstContactEvent.CustomerContactedAgain.class);
    }
}
