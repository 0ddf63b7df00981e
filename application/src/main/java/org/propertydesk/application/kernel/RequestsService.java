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
        return transactions.inTransaction(() -> {
            Option<RecordedResponse> recorded = idempotency.recorded(office, request.get());
            if (recorded.isDefined()) {
                if (!recorded.get().operation().equals(operation)) {
                    throw new RequestIdReused(request.get());
                }
                return decode.apply(recorded.get().response());
            }
            T answer = work.get();
            idempotency.record(office, request.get(), new RecordedResponse(operation, encode.apply(answer)));
            return answer;
        });
    }
}
