package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.Idempotency;
import org.propertydesk.application.kernel.RecordedResponse;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.domain.kernel.OfficeId;

/** What PropertyDesk relies on from every {@link Idempotency}: the first answer wins, per office. */
public abstract class IdempotencyContract {

    /** A new, empty store; called once per test. */
    protected abstract Idempotency newIdempotency();

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    private static final RequestId REQUEST = new RequestId("7f0c2a9e-1b1d-4c33-9d5e-0a8f3c6d2b11");

    private static RecordedResponse answer(String text) {
        return new RecordedResponse("propertydesk.v1.ComplaintService/RegisterComplaint", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a recorded answer is found again, byte for byte")
    void recordedAnswerIsReplayed() {
        Idempotency idempotency = newIdempotency();
        RecordedResponse first = new RecordedResponse("op", new byte[] {0, 1, (byte) 0xff, 0x7f, 10});

        idempotency.record(OFFICE, REQUEST, first);

        assertThat(idempotency.recorded(OFFICE, REQUEST)).contains(first);
    }

    @Test
    @DisplayName("request ids are compared exactly: ids differing only in case or a trailing dot are different requests")
    void idsAreExact() {
        Idempotency idempotency = newIdempotency();
        idempotency.record(OFFICE, new RequestId("retry-A"), answer("first"));

        idempotency.record(OFFICE, new RequestId("retry-a"), answer("second"));

        assertThat(idempotency.recorded(OFFICE, new RequestId("retry-A"))).contains(answer("first"));
        assertThat(idempotency.recorded(OFFICE, new RequestId("retry-a"))).contains(answer("second"));
        assertThat(idempotency.recorded(OFFICE, new RequestId("retry-A."))).isEmpty();
    }

    @Test
    @DisplayName("an unknown request id has no answer")
    void unknownRequest() {
        assertThat(newIdempotency().recorded(OFFICE, REQUEST)).isEmpty();
    }

    @Test
    @DisplayName("a second answer for the same request id is a conflict, and the first one stays")
    void secondAnswerConflicts() {
        Idempotency idempotency = newIdempotency();
        idempotency.record(OFFICE, REQUEST, answer("first"));

        assertThatThrownBy(() -> idempotency.record(OFFICE, REQUEST, answer("second")))
                .isInstanceOf(ConcurrencyConflict.class);
        assertThat(idempotency.recorded(OFFICE, REQUEST)).contains(answer("first"));
    }

    @Test
    @DisplayName("K-1: request ids are scoped to their office")
    void scopedToOffice() {
        Idempotency idempotency = newIdempotency();
        OfficeId other = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000d2"));
        idempotency.record(OFFICE, REQUEST, answer("here"));
        idempotency.record(other, REQUEST, answer("there"));

        assertThat(idempotency.recorded(OFFICE, REQUEST)).contains(answer("here"));
        assertThat(idempotency.recorded(other, REQUEST)).contains(answer("there"));
    }
}
