package org.propertydesk.application.canary;

/** Trips "public application interfaces are ports": a public interface without a port stereotype. */
public interface UnmarkedPort {

    void handle(String command);
}
