package org.propertydesk.testkit.handover;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Records of one kind kept per office in insertion order, guarded by one lock. The aggregate carries
 * its version: an update must bring {@code expectedVersion + 1} and finds {@code expectedVersion}
 * stored, or it is a {@link ConcurrencyConflict}.
 */
final class VersionedStore<K, V> {

    private record Key<K>(OfficeId office, K id) {}

    private final String resource;
    private final ToLongFunction<V> version;
    private final Map<Key<K>, V> records = new LinkedHashMap<>();

    VersionedStore(String resource, ToLongFunction<V> version) {
        this.resource = resource;
        this.version = version;
    }

    synchronized Option<V> find(OfficeId office, K id) {
        return Option.of(records.get(new Key<>(office, id)));
    }

    synchronized Seq<V> all(OfficeId office, Predicate<V> filter) {
        return List.ofAll(records.entrySet())
                .filter(entry -> entry.getKey().office().equals(office))
                .map(Map.Entry::getValue)
                .filter(filter);
    }

    synchronized void add(OfficeId office, K id, V value) {
        Key<K> key = new Key<>(office, id);
        if (records.containsKey(key)) {
            throw new IllegalStateException(resource + " " + id + " already exists");
        }
        records.put(key, value);
    }

    synchronized void update(OfficeId office, K id, V updated, long expectedVersion) {
        Key<K> key = new Key<>(office, id);
        V stored = records.get(key);
        if (stored == null || version.applyAsLong(stored) != expectedVersion) {
            throw new ConcurrencyConflict(resource + " " + id, expectedVersion);
        }
        if (version.applyAsLong(updated) != expectedVersion + 1) {
            throw new IllegalArgumentException(resource + " " + id + " must be updated to version " + (expectedVersion + 1));
        }
        records.put(key, updated);
    }
}
