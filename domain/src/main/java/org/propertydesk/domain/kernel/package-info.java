/**
 * The shared kernel every bounded context speaks (K-1..K-4): the management office that owns each
 * record, staff with their roles, departments, superiors and clearances, the office's business
 * calendar, and the rulebook itself as {@link org.propertydesk.domain.kernel.Rule} constants.
 * Contexts reference one another only through the identifiers kept here.
 */
@BoundedContext(name = "Shared kernel", id = "kernel")
package org.propertydesk.domain.kernel;

import org.jmolecules.ddd.annotation.BoundedContext;
