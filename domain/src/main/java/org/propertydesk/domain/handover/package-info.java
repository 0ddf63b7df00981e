/**
 * Shift handover (交接班): the duty log whose matters state cause, course and result (R-HO-1, R-HO-2),
 * and the handover of a post from the outgoing to the incoming person — prepared from 15 minutes
 * before the shift change, counted face to face against the register, questioned, refused and
 * escalated or signed by both (R-HO-4..R-HO-7). No handover takes place while an emergency is
 * open, equipment starts or stops, preparation is incomplete (R-HO-8) or the incoming person is
 * unfit (R-HO-3); responsibility for the post passes only on the second signature.
 *
 * <p>Rules, with the code that enforces each and the tests that name it: docs/RULES.md#r-ho-1 to
 * #r-ho-8; lifecycles (handover): docs/STATES.md.
 */
@BoundedContext(name = "Shift handover", id = "handover")
package org.propertydesk.domain.handover;

import org.jmolecules.ddd.annotation.BoundedContext;
