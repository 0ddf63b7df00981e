/**
 * The desk over gRPC: start from {@link org.propertydesk.adapters.grpc.PropertyDeskServer}. One
 * sub-package per bounded context holds its service; {@code kernel} holds what they share — the
 * error model, authentication and failure translation.
 */
@PrimaryAdapter
package org.propertydesk.adapters.grpc;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
