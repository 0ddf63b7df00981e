package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.propertydesk.domain.kernel.OfficeId;

/** {@link Requests} over the {@link Transactions} and {@link Idempotency} ports. */
public final class RequestsService implements Requests {

    private final Transactions transactions;
    private final Idempotency idempotency;

    public RequestsService(Transactions transactions, Idempotency idempotency) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    }

    @Override
    public <T> T once(OfficeId office, Option<RequestId> request, String operation,
            Function<T, byte[]> encode, Function<byte[], T> decode, Supplier<T> work) {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(operation, "operation");
        if (request.isEmpty()) {
            return transactions.inTransaction(work);
        }
        try {
            return transactions.inTransaction(() -> {
                Option<RecordedResponse> recorded = idempotency.recorded(office, request.get());
                if (recorded.isDefined()) {
                    return answer(request.get(), operation, recorded.get(), decode);
                }
                T answer = work.get();
                idempotency.record(office, request.get(), new RecordedResponse(operation, encode.apply(answer)));
                return answer;
            });
        } catch (ConcurrencyConflict conflict) {
            // A twin attempt with the same id — the client's retry, or the original it gave up
            // waiting for — committed first, and this attempt rolled back. That is not a conflict
            // for the client: its request was carried out once, so it gets that answer.
            Option<RecordedResponse> twin = transactions.inTransaction(() -> idempotency.recorded(office, request.get()));
            if (twin.isEmpty()) {
                throw conflict;
            }
            return answer(request.get(), operation, twin.get(), decode);
        }
    }

    private static <T> T answer(RequestId request, String operation, RecordedResponse recorded, Function<byte[], T> decode) {
        if (!recorded.operation().equals(operation)) {
            throw new RequestIdReused(request);
        }
        return decode.apply(recorded.response());
    }
}
