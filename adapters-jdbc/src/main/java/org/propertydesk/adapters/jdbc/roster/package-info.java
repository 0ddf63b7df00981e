/**
 * The duty-roster context's store on JDBC: rosters with their posts, team, versions, assignments,
 * acknowledgements, change requests and post leavings in tables of their own ({@code pd_roster*}),
 * so a roster is queryable row by row. Start from {@link org.propertydesk.adapters.jdbc.roster.JdbcRoster}.
 */
@BoundedContext(name = "Duty rosters", id = "roster")
@SecondaryAdapter
package org.propertydesk.adapters.jdbc.roster;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
