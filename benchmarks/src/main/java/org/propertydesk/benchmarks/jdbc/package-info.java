/**
 * A load driver for the JDBC adapter on PostgreSQL: registering and reading a complaint through the
 * adapter against hand-written JDBC writing and reading the same rows, and the work queue's read as
 * the complaint table grows a hundredfold. Every figure is a ratio within one run.
 */
package org.propertydesk.benchmarks.jdbc;
