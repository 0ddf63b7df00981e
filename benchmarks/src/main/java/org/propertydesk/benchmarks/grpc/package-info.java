/**
 * The gRPC load driver of issue 11: the same client, on loopback, against a bare grpc-java echo
 * service and against PropertyDesk's {@code ComplaintService} on in-memory adapters, reporting
 * throughput and latency of each as a ratio to the echo measured in the same run.
 *
 * <p>It wires adapters to application services, so it is itself an (unqualified) adapter for the
 * hexagon rules, like the examples.
 */
@Adapter
package org.propertydesk.benchmarks.grpc;

import org.jmolecules.architecture.hexagonal.Adapter;
