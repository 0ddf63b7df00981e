/**
 * The records office (档案室) on JDBC: documents with their grade, custodian and end, loans with
 * their approvals, copy approvals and originals handed out for a task, in relational tables whose
 * keys lead with the office. Start from {@link org.propertydesk.adapters.jdbc.confidentiality.JdbcConfidentiality}.
 */
@BoundedContext(name = "Confidentiality", id = "confidentiality")
@SecondaryAdapter
package org.propertydesk.adapters.jdbc.confidentiality;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
