/**
 * Confidentiality and archives (保密管理制度, 档案管理规程, 文件管理制度): documents graded internal &lt;
 * secret &lt; confidential &lt; top secret (R-CF-1), the access decision that lets a staff member read,
 * copy or take out a document only as circulation, approvals and loans allow (R-CF-2, R-CF-3,
 * R-CF-8), and the records office's loans, task custody, destruction, retention and departure
 * hand-back (R-CF-4..R-CF-7, R-CF-10). Every access decision is meant for the audit trail (R-CF-9).
 *
 * <p>Rules, with the code that enforces each and the tests that name it: docs/RULES.md#r-cf-1 to
 * #r-cf-10; lifecycles (loan and task custody): docs/STATES.md.
 */
@BoundedContext(name = "Confidentiality", id = "confidentiality")
package org.propertydesk.domain.confidentiality;

import org.jmolecules.ddd.annotation.BoundedContext;
