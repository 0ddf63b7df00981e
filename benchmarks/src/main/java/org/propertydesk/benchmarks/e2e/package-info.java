/**
 * Issue 11's end-to-end run on PostgreSQL: complaint registrations through gRPC → use case → JDBC
 * against PostgreSQL's {@code pgbench} inserting the same rows with the same number of clients,
 * reported as a ratio within one run.
 *
 * <p>It wires adapters to application services, so it is itself an (unqualified) adapter for the
 * hexagon rules, like the examples.
 */
@Adapter
package org.propertydesk.benchmarks.e2e;

import org.jmolecules.architecture.hexagonal.Adapter;
