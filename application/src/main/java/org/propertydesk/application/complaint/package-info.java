/**
 * The complaints desk's use cases (R-CO-1..R-CO-9): register a complaint with its intake facts,
 * suggest a class from its text, correct the class, advance each step of the effective (R-CO-2) or
 * communicative (R-CO-3) procedure, reply and approve commitments (R-CO-6), record return visits,
 * escalate what was mishandled (R-CO-5), and show the office's work queue by due time on its
 * business calendar (R-CO-4, K-3). Complaints are kept for good (R-CO-9).
 */
@BoundedContext(name = "Complaints", id = "complaint")
package org.propertydesk.application.complaint;

import org.jmolecules.ddd.annotation.BoundedContext;
