package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;
import static org.propertydesk.domain.firstcontact.Requests.*;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("Passing the leak on from the front desk to engineering")
class TransferMethodsTest {

    private final ServiceRequest request = leakReportedAtFrontDesk();

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TransferMethod.class, names = {"PHONE_BRIDGE", "SUPERVISOR_COMES"})
    @DisplayName("R-FC-6: a phone bridge or the supervisor coming over needs no consent")
    void withoutConsent(TransferMethod method) {
        ServiceRequest passed = ok(request.transfer(FRONT_DESK, ENGINEERING_SUPERVISOR, method, Option.none(), Option.some(TOMORROW), at(request)));

        assertThat(passed.transfers()).singleElement().satisfies(transfer -> {
            assertThat(transfer.method()).isEqualTo(method);
            assertThat(transfer.to()).isEqualTo(ENGINEERING_SUPERVISOR.id());
            assertThat(transfer.toDepartment()).isEqualTo(ENGINEERING_SUPERVISOR.department());
        });
        assertThat(passed.status()).isEqualTo(Stage.Status.TRANSFERRED);
    }

    @Test
    @DisplayName("R-FC-6: escorting the customer to the department is refused without their consent")
    void escortNeedsConsent() {
        var refusal = refused(request.transfer(FRONT_DESK, ENGINEERING_SUPERVISOR, TransferMethod.ESCORT, Option.none(), Option.some(TOMORROW), at(request)));

        assertThat(refusal.reasons()).containsExactly(new FirstContactRejection.EscortWithoutConsent(REQUEST, Option.none(), at(request)));
        assertThat(refusal.rules()).containsExactly(Rule.R_FC_6);
    }

    @Test
    @DisplayName("R-FC-6: consent given after the escort does not count")
    void consentAfterwards() {
        var late = Option.some(at(request).plus(Duration.ofMinutes(5)));

        var refusal = refused(request.transfer(FRONT_DESK, ENGINEERING_SUPERVISOR, TransferMethod.ESCORT, late, Option.some(TOMORROW), at(request)));

        assertThat(refusal.rules()).containsExactly(Rule.R_FC_6);
    }

    @Test
    @DisplayName("R-FC-6: with the customer's recorded consent the escort is recorded with it")
    void escortWithConsent() {
        ServiceRequest passed = ok(request.transfer(FRONT_DESK, ENGINEERING_SUPERVISOR, TransferMethod.ESCORT,
                Option.some(at(request)), Option.some(TOMORROW), at(request)));

        assertThat(passed.transfers().head().consentGivenAt()).contains(at(request));
    }

    @Test
    @DisplayName("R-FC-6: nobody transfers a request to themselves; K-1: nor to someone of another office")
    void selfAndStranger() {
        assertThat(refused(request.transfer(FRONT_DESK, FRONT_DESK, TransferMethod.PHONE_BRIDGE, Option.none(), Option.some(TOMORROW), at(request))).reasons())
                .containsExactly(new FirstContactRejection.TransferToSelf(REQUEST, FRONT_DESK.id()));
        assertThat(refused(request.transfer(FRONT_DESK, STRANGER, TransferMethod.PHONE_BRIDGE, Option.none(), Option.some(TOMORROW), at(request))).reasons())
                .containsExactly(new FirstContactRejection.RecipientNotOnStaff(STRANGER.id()));
    }

    @Test
    @DisplayName("R-FC-7: only the recipient or their department accepts a transfer")
    void onlyRecipientAccepts() {
        ServiceRequest passed = transferred(request, FRONT_DESK, ENGINEERING_SUPERVISOR);

        assertThat(refused(passed.accept(SECURITY_SUPERVISOR, false, at(passed))).rules()).containsExactly(Rule.R_FC_7);
        assertThat(ok(passed.accept(ENGINEER, false, at(passed))).holder()).contains(ENGINEER.id());
    }
}
