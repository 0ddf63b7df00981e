/**
 * The records office (档案室) as use cases: registering and grading documents, every read, copy and
 * take-out decided by the access policy and written to the hash-chained audit trail (R-CF-1..R-CF-3,
 * R-CF-8, R-CF-9), loans with their approvals and limits (R-CF-4), originals handed out for a task
 * (R-CF-5), destruction and retention (R-CF-6, R-CF-7) and the departure hand-back (R-CF-10).
 */
@BoundedContext(name = "Confidentiality", id = "confidentiality")
package org.propertydesk.application.confidentiality;

import org.jmolecules.ddd.annotation.BoundedContext;
