package org.propertydesk.testkit.risk;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The versioning contract of the risk stores, once: a record is added at its own version, an update
 * is accepted only while the stored version is {@code expectedVersion} and the updated record
 * carries {@code expectedVersion + 1}.
 */
final class VersionedStore<K, V> {

    private final String resource;
    private final Function<V, OfficeId> office;
    private final Function<V, K> key;
    private final ToLongFunction<V> version;
    private final Comparator<V> order;
    private final Map<OfficeId, Map<K, V>> records = new ConcurrentHashMap<>();

    VersionedStore(String resource, Function<V, OfficeId> office, Function<V, K> key, ToLongFunction<V> version, Comparator<V> order) {
        this.resource = resource;
        this.office = office;
        this.key = key;
        this.version = version;
        this.order = order;
    }

    Option<V> find(OfficeId officeId, K id) {
        return Option.of(records.getOrDefault(officeId, Map.of()).get(id));
    }

    synchronized void add(V record) {
        Map<K, V> ofOffice = records.computeIfAbsent(office.apply(record), any -> new ConcurrentHashMap<>());
        if (ofOffice.containsKey(key.apply(record))) {
            throw new IllegalStateException(resource + " " + key.apply(record) + " already exists");
        }
        ofOffice.put(key.apply(record), record);
    }

    synchronized void update(V updated, long expectedVersion) {
        Map<K, V> ofOffice = records.getOrDefault(office.apply(updated), Map.of());
        V stored = ofOffice.get(key.apply(updated));
        if (stored == null || version.applyAsLong(stored) != expectedVersion) {
            throw new ConcurrencyConflict(resource + " " + key.apply(updated), expectedVersion);
        }
        if (version.applyAsLong(updated) != expectedVersion + 1) {
            throw new IllegalArgumentException(resource + " " + key.apply(updated) + " must carry version " + (expectedVersion + 1));
        }
        ofOffice.put(key.apply(updated), updated);
    }

    Seq<V> all(OfficeId officeId) {
        return List.ofAll(records.getOrDefault(officeId, Map.of()).values()).sorted(order);
    }
}
