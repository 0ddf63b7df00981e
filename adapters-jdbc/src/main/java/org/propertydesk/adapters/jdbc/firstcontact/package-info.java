/**
 * The first-contact context's outbound ports on JDBC: service requests with their transfers,
 * acceptances, coordination forms, replies and contacts in child tables (R-FC-1..R-FC-9), and each
 * department's append-only reception log (R-FC-7). Start from
 * {@link org.propertydesk.adapters.jdbc.firstcontact.JdbcFirstContact}; builds on the JDBC kernel only.
 */
@BoundedContext(name = "First-contact responsibility", id = "firstcontact")
@SecondaryAdapter
package org.propertydesk.adapters.jdbc.firstcontact;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
