/**
 * What every gRPC service of the desk shares: the error model (Google AIP-193) that turns a rule's
 * rejections, malformed input and unknown resources into rich {@code google.rpc.Status} errors a
 * client on any stack can read.
 */
@BoundedContext(name = "Shared kernel", id = "kernel")
@PrimaryAdapter
package org.propertydesk.adapters.grpc.kernel;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
