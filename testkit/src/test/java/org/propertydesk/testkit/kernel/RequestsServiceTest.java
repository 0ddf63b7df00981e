package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.RecordedResponse;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.application.kernel.Requests;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.kernel.OfficeId;

@DisplayName("A mutating request runs at most once per request id (AIP-155)")
class RequestsServiceTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    private static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(1, 2));
    private static final Function<String, byte[]> ENCODE = text -> text.getBytes(StandardCharsets.UTF_8);
    private static final Function<byte[], String> DECODE = bytes -> new String(bytes, StandardCharsets.UTF_8);

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryIdempotency idempotency = new InMemoryIdempotency();
    private final Requests requests = new RequestsService(transactions, idempotency);
    private final AtomicInteger effects = new AtomicInteger();

    private String register(OfficeId office, Option<RequestId> id, String operation) {
        return requests.once(office, id, operation, ENCODE, DECODE, () -> "complaint #" + effects.incrementAndGet());
    }

    @Test
    @DisplayName("a retry with the same request id gets the first answer and has no second effect")
    void retryGetsTheFirstAnswer() {
        Option<RequestId> id = Option.some(new RequestId("a1"));

        String first = register(OFFICE, id, "register");
        String retry = register(OFFICE, id, "register");

        assertThat(retry).isEqualTo(first).isEqualTo("complaint #1");
        assertThat(effects).hasValue(1);
    }

    @Test
    @DisplayName("without a request id every call runs, each in a unit of work of its own")
    void withoutAnIdEveryCallRuns() {
        register(OFFICE, Option.none(), "register");
        register(OFFICE, Option.none(), "register");

        assertThat(effects).hasValue(2);
        assertThat(transactions.committed()).isEqualTo(2);
    }

    @Test
    @DisplayName("a request id reused for a different request is refused and causes no effect")
    void reusedIdIsRefused() {
        Option<RequestId> id = Option.some(new RequestId("a1"));
        register(OFFICE, id, "register");

        assertThatThrownBy(() -> register(OFFICE, id, "close")).isInstanceOf(Requests.RequestIdReused.class);
        assertThat(effects).hasValue(1);
    }

    @Test
    @DisplayName("K-1: request ids are per office: the same id in another office is another request")
    void idsArePerOffice() {
        Option<RequestId> id = Option.some(new RequestId("a1"));

        register(OFFICE, id, "register");
        register(OTHER_OFFICE, id, "register");

        assertThat(effects).hasValue(2);
    }

    @Test
    @DisplayName("a request whose work fails records nothing, so its retry runs")
    void failedWorkIsNotRecorded() {
        Option<RequestId> id = Option.some(new RequestId("a1"));

        assertThatThrownBy(() -> requests.once(OFFICE, id, "register", ENCODE, DECODE, () -> {
            throw new IllegalStateException("database went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(register(OFFICE, id, "register")).isEqualTo("complaint #1");
    }

    @Test
    @DisplayName("an attempt that loses the race to its own twin (a retry while the original still ran) answers with the twin's result")
    void losingToItsTwinAnswersWithTheTwinsResult() {
        Option<RequestId> id = Option.some(new RequestId("a1"));

        String answer = requests.once(OFFICE, id, "register", ENCODE, DECODE, () -> {
            idempotency.record(OFFICE, id.get(), new RecordedResponse("register", ENCODE.apply("complaint #twin")));
            return "complaint #mine";
        });

        assertThat(answer).isEqualTo("complaint #twin");
        assertThat(register(OFFICE, id, "register")).isEqualTo("complaint #twin");
    }

    @Test
    @DisplayName("a conflict with someone else's change stays a conflict: nothing was recorded for the request id")
    void aConflictWithSomeoneElseStaysAConflict() {
        Option<RequestId> id = Option.some(new RequestId("a1"));

        assertThatThrownBy(() -> requests.once(OFFICE, id, "close", ENCODE, DECODE, () -> {
            throw new ConcurrencyConflict("offices/1/complaints/7", 3);
        })).isInstanceOf(ConcurrencyConflict.class);

        assertThat(register(OFFICE, id, "close")).isEqualTo("complaint #1");
    }

    @Test
    @DisplayName("a twin that recorded a different request under the same id is still a reused id")
    void aTwinWithADifferentRequestIsAReusedId() {
        Option<RequestId> id = Option.some(new RequestId("a1"));

        assertThatThrownBy(() -> requests.once(OFFICE, id, "register", ENCODE, DECODE, () -> {
            idempotency.record(OFFICE, id.get(), new RecordedResponse("close", ENCODE.apply("closed")));
            return "complaint #mine";
        })).isInstanceOf(Requests.RequestIdReused.class);
    }

    @Test
    @DisplayName("the work and the record of its answer share one unit of work")
    void oneUnitOfWork() {
        requests.once(OFFICE, Option.some(new RequestId("a1")), "register", ENCODE, DECODE, () -> {
            assertThat(transactions.active()).isTrue();
            return "done";
        });

        assertThat(transactions.committed()).isEqualTo(1);
    }
}
