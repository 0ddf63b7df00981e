package org.propertydesk.testkit.kernel;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.Idempotency;
import org.propertydesk.application.kernel.RecordedResponse;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.domain.kernel.OfficeId;

/** {@link Idempotency} in memory: first answer per office and request id wins. */
@SecondaryAdapter
public final class InMemoryIdempotency implements Idempotency {

    private final Map<Tuple2<OfficeId, RequestId>, RecordedResponse> answers = new ConcurrentHashMap<>();

    @Override
    public Option<RecordedResponse> recorded(OfficeId office, RequestId request) {
        return Option.of(answers.get(Tuple.of(office, request)));
    }

    @Override
    public void record(OfficeId office, RequestId request, RecordedResponse response) {
        if (answers.putIfAbsent(Tuple.of(office, request), response) != null) {
            throw new ConcurrencyConflict("offices/" + office + "/requests/" + request, 0);
        }
    }
}
