/**
 * The outbound ports every bounded context relies on (K-1..K-4): who works in the office and whom
 * they answer to ({@link org.propertydesk.application.kernel.Directory}), the office's business
 * calendar, the standard clock (K-2), new identities, the unit of work that makes a use case
 * atomic, and the append-only audit trail (R-CF-9).
 */
@BoundedContext(name = "Shared kernel", id = "kernel")
package org.propertydesk.application.kernel;

import org.jmolecules.ddd.annotation.BoundedContext;
