/**
 * The shift-handover context's stores on JDBC: handovers with their register, count and questions,
 * the duty log of each post, the office's incidents and the duty schedule, each in tables of their
 * own ({@code pd_handover*}, {@code pd_duty_log*}, {@code pd_incident*}, {@code pd_shift_change}).
 * Start from {@link org.propertydesk.adapters.jdbc.handover.JdbcHandover}.
 */
@BoundedContext(name = "Shift handover", id = "handover")
@SecondaryAdapter
package org.propertydesk.adapters.jdbc.handover;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
