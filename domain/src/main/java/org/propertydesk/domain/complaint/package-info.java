/**
 * Complaints (投诉) as the front desk receives them: each one classed from the facts recorded at
 * intake as an effective complaint (有效投诉, the company failed its duty) or a communicative one
 * (沟通性投诉: help-seeking, consulting, venting; municipal-utility causes included) (R-CO-1), and
 * walked through its procedure step by step (R-CO-2, R-CO-3) against the office's deadline policy
 * on its business calendar (R-CO-4, K-3). A mishandled communicative complaint becomes effective
 * (R-CO-5); replies with commitments need the office manager (R-CO-6); every complaint is closed
 * after a return visit, important ones reported at once (R-CO-7); recurring matters raise a signal
 * (R-CO-8); nothing is ever deleted (R-CO-9).
 *
 * <p>Rules, with the code that enforces each and the tests that name it: docs/RULES.md#r-co-1 to
 * #r-co-9; lifecycles (effective and communicative complaint): docs/STATES.md.
 */
@BoundedContext(name = "Complaints", id = "complaint")
package org.propertydesk.domain.complaint;

import org.jmolecules.ddd.annotation.BoundedContext;
