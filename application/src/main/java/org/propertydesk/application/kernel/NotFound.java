package org.propertydesk.application.kernel;

/**
 * A use case was asked about a record that its office does not have (or that belongs to another
 * office, K-1, which looks the same from outside). A failure, not a rule's rejection; adapters
 * answer it as NOT_FOUND.
 */
public final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resourceType;
    private final String resource;

    public NotFound(String resourceType, String resource) {
        super(resourceType + " " + resource + " not found");
        this.resourceType = resourceType;
        this.resource = resource;
    }

    public String resourceType() {
        return resourceType;
    }

    public String resource() {
        return resource;
    }
}
