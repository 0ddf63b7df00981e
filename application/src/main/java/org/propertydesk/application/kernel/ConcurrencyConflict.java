package org.propertydesk.application.kernel;

/**
 * A write based on a stale read: someone else changed the record since it was read. Stores throw
 * it instead of overwriting; the caller re-reads and decides again. Adapters answer it as ABORTED.
 */
public final class ConcurrencyConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final long expectedVersion;

    public ConcurrencyConflict(String resource, long expectedVersion) {
        super(resource + " was changed by someone else (expected version " + expectedVersion + ")");
        this.resource = resource;
        this.expectedVersion = expectedVersion;
    }

    public String resource() {
        return resource;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
