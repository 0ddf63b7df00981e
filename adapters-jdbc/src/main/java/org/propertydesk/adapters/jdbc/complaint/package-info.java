/**
 * The complaints context's outbound ports on JDBC: complaints with their whole history one row per
 * event (R-CO-9), each office's complaint policy (R-CO-4) and the fee ledger's standings (R-CO-3).
 * Start from {@link org.propertydesk.adapters.jdbc.complaint.JdbcComplaint}; builds on the JDBC
 * kernel only.
 */
@BoundedContext(name = "Complaints", id = "complaint")
@SecondaryAdapter
package org.propertydesk.adapters.jdbc.complaint;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
