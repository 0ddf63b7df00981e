package org.propertydesk.application.kernel;

/**
 * A write based on a stale read: someone else changed the record since it was read. Stores throw
 * it instead of overwriting; the caller re-reads and decides again. Adapters answer it as ABORTED.
 */
public final class ConcurrencyConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The expected version when the store's own concurrency control found the collision (a
     * deadlock, a serialization or cluster certification failure) rather than a version check.
     */
    public static final long UNKNOWN_VERSION = -1;

    private final String resource;
    private final long expectedVersion;

    public ConcurrencyConflict(String resource, long expectedVersion) {
        super(resource + " was changed by someone else"
                + (expectedVersion == UNKNOWN_VERSION ? " at the same time" : " (expected version " + expectedVersion + ")"));
        this.resource = resource;
        this.expectedVersion = expectedVersion;
    }

    public String resource() {
        return resource;
    }

    /** The version the write expected, or {@link #UNKNOWN_VERSION}. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
