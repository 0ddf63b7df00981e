package org.propertydesk.testkit.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Office-scoped records keyed by id, under one lock, with the versioning contract of the
 * confidentiality ports: the aggregate carries its version; an update is accepted only when the
 * stored version is the expected one and the new version is one more.
 */
final class VersionedStore<I, T> {

    private final String type;
    private final Function<T, OfficeId> office;
    private final Function<T, I> id;
    private final ToLongFunction<T> version;
    private final Map<OfficeId, Map<I, T>> records = new LinkedHashMap<>();

    VersionedStore(String type, Function<T, OfficeId> office, Function<T, I> id, ToLongFunction<T> version) {
        this.type = type;
        this.office = office;
        this.id = id;
        this.version = version;
    }

    synchronized Option<T> find(OfficeId officeId, I key) {
        return Option.of(records.getOrDefault(officeId, Map.of()).get(key));
    }

    synchronized void add(T record) {
        Objects.requireNonNull(record, "record");
        Map<I, T> ofOffice = records.computeIfAbsent(office.apply(record), any -> new LinkedHashMap<>());
        if (ofOffice.containsKey(id.apply(record))) {
            throw new IllegalStateException(type + " " + id.apply(record) + " already exists");
        }
        ofOffice.put(id.apply(record), record);
    }

    synchronized void update(T updated, long expectedVersion) {
        Objects.requireNonNull(updated, "updated");
        String name = type + " " + id.apply(updated);
        T stored = records.getOrDefault(office.apply(updated), Map.of()).get(id.apply(updated));
        if (stored == null || version.applyAsLong(stored) != expectedVersion) {
            throw new ConcurrencyConflict(name, expectedVersion);
        }
        if (version.applyAsLong(updated) != expectedVersion + 1) {
            throw new IllegalArgumentException(name + " must be stored at version " + (expectedVersion + 1));
        }
        records.get(office.apply(updated)).put(id.apply(updated), updated);
    }

    synchronized Seq<T> where(OfficeId officeId, Predicate<T> condition) {
        return List.ofAll(records.getOrDefault(officeId, Map.of()).values()).filter(condition);
    }
}
