/**
 * What every JDBC store shares: the unit of work that binds one connection to a use case, and the
 * failure type for a database that refuses or breaks. Context packages build on this one and never
 * on each other.
 */
@BoundedContext(name = "Shared kernel", id = "kernel")
@SecondaryAdapter
package org.propertydesk.adapters.jdbc.kernel;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
