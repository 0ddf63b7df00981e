package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffMember;

/** Intention-revealing steps for first-contact scenarios: each returns the request after the step succeeded. */
final class Requests {

    static final ServiceRequestId REQUEST = new ServiceRequestId(new UUID(9, 1));
    static final Instant TOMORROW = OfficeStaff.NINE.plus(Duration.ofDays(1));

    private Requests() {}

    static ServiceRequest receivedBy(StaffMember firstContact, RequestKind kind, Concern concern) {
        return ok(ServiceRequest.receive(REQUEST, firstContact, kind, Channel.VISIT, "张先生", "3-1202",
                "客厅天花板漏水", concern, OfficeStaff.NINE));
    }

    static ServiceRequest leakReportedAtFrontDesk() {
        return receivedBy(OfficeStaff.FRONT_DESK, RequestKind.HELP_REQUEST, Concern.of(org.propertydesk.domain.kernel.Department.ENGINEERING));
    }

    static ServiceRequest transferred(ServiceRequest request, StaffMember from, StaffMember to) {
        return ok(request.transfer(from, to, TransferMethod.PHONE_BRIDGE, Option.none(), Option.some(TOMORROW), at(request)));
    }

    static ServiceRequest accepted(ServiceRequest request, StaffMember by, boolean wrongTransfer) {
        return ok(request.accept(by, wrongTransfer, at(request)));
    }

    static ServiceRequest ok(Either<Rejections<FirstContactRejection>, ServiceRequest.Outcome> result) {
        assertThat(result.isRight()).as(() -> "expected success but: " + result.getLeft()).isTrue();
        return result.get().request();
    }

    static Rejections<FirstContactRejection> refused(Either<Rejections<FirstContactRejection>, ServiceRequest.Outcome> result) {
        assertThat(result.isLeft()).as("expected a refusal").isTrue();
        return result.getLeft();
    }

    /** A minute after the last thing that happened, so every step moves time forward. */
    static Instant at(ServiceRequest request) {
        return OfficeStaff.NINE.plus(Duration.ofMinutes(request.version()));
    }
}
