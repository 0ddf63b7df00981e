package org.propertydesk.adapters.grpc.kernel;

import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Domain enums and their proto twins, paired by name: the wire value of domain value {@code V} is
 * {@code PREFIX_V}. Each pairing is worked out once and kept, so a request or an answer carrying
 * enums costs a map lookup per value, not a name built and searched for. The maps hold at most one
 * entry per enum constant met, so they stay as small as the enums.
 */
public final class WireEnums {

    /** Per wire enum, the wire value of each domain value met so far. */
    private static final ClassValue<Map<Enum<?>, Enum<?>>> TO_WIRE = new ClassValue<>() {
        @Override
        protected Map<Enum<?>, Enum<?>> computeValue(Class<?> wire) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Per domain enum and prefix, the domain value (or none) of each wire value met so far. */
    private static final ClassValue<Map<String, Map<Enum<?>, Option<?>>>> FROM_WIRE = new ClassValue<>() {
        @Override
        protected Map<String, Map<Enum<?>, Option<?>>> computeValue(Class<?> domain) {
            return new ConcurrentHashMap<>();
        }
    };

    private WireEnums() {}

    /** The wire value named {@code prefix + value.name()}; an enum pair lacking it is a programming error. */
    public static <W extends Enum<W>, D extends Enum<D>> W toWire(Class<W> wire, String prefix, D value) {
        Map<Enum<?>, Enum<?>> byValue = TO_WIRE.get(wire);
        Enum<?> known = byValue.get(value);
        if (known == null) {
            known = Enum.valueOf(wire, prefix + value.name());
            byValue.put(value, known);
        }
        return wire.cast(known);
    }

    /** The domain value a wire value names, or empty for {@code *_UNSPECIFIED}, {@code UNRECOGNIZED} and null. */
    @SuppressWarnings("unchecked")
    public static <W extends Enum<W>, D extends Enum<D>> Option<D> fromWire(Class<D> domain, String prefix, W value) {
        if (value == null) {
            return Option.none();
        }
        Map<Enum<?>, Option<?>> byValue = FROM_WIRE.get(domain).computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
        Option<?> known = byValue.get(value);
        if (known == null) {
            known = named(domain, prefix, value);
            byValue.put(value, known);
        }
        return (Option<D>) known;
    }

    private static <D extends Enum<D>> Option<D> named(Class<D> domain, String prefix, Enum<?> value) {
        if (!value.name().startsWith(prefix)) {
            return Option.none();
        }
        String bare = value.name().substring(prefix.length());
        for (D constant : domain.getEnumConstants()) {
            if (constant.name().equals(bare)) {
                return Option.some(constant);
            }
        }
        return Option.none();
    }
}
