/**
 * In-memory implementations of the shared kernel's ports, for tests and examples: a directory, a
 * calendar per office, a clock that only moves when told, predictable identities, a unit of work
 * and a hash-chained audit trail. All are safe for concurrent use.
 */
@BoundedContext(name = "Shared kernel", id = "kernel")
package org.propertydesk.testkit.kernel;

import org.jmolecules.ddd.annotation.BoundedContext;
