/**
 * The risk desk's ports on JDBC (风险防范): notices with their addressees and evidence, arrears with
 * their served demands, hazardous work orders, incident records and the offices' registers of shops
 * and key units, all in relational tables keyed by office. Start from {@link org.propertydesk.adapters.jdbc.risk.JdbcRisk}.
 */
@BoundedContext(name = "Risk notices", id = "risk")
@SecondaryAdapter
package org.propertydesk.adapters.jdbc.risk;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
