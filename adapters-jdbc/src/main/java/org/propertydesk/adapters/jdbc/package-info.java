/**
 * PropertyDesk's outbound ports on JDBC: start from {@link org.propertydesk.adapters.jdbc.PropertyDeskJdbc},
 * which migrates the tables and hands out the stores. One sub-package per bounded context, each
 * building on {@code kernel} only.
 */
@SecondaryAdapter
package org.propertydesk.adapters.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
