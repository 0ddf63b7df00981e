/**
 * A load driver for the JDBC adapter on PostgreSQL: registering and reading a complaint through the
 * adapter against hand-written JDBC writing and reading the same rows, and the work queue's read as
 * the complaint table grows a hundredfold. Every figure is a ratio within one run.
 *
 * <p>It wires adapters to application services, so it is itself an (unqualified) adapter for the
 * hexagon rules, like the examples.
 */
@Adapter
package org.propertydesk.benchmarks.jdbc;

import org.jmolecules.architecture.hexagonal.Adapter;
