/**
 * Duty rosters (排班表, 值班): which staff member stands which post in which shift on which date.
 * A roster is drafted, validated (three-shift tiling R-RO-1, coverage incl. meal breaks R-RO-2, a
 * daily duty manager R-RO-3, no double booking, rest and night limits R-RO-4), published on time
 * (R-RO-5), changed only by approved requests that issue a new version and withdraw the old one
 * (R-RO-6), and a post is left only with consent and a relief present (R-RO-7).
 *
 * <p>Rules, with the code that enforces each and the tests that name it: docs/RULES.md#r-ro-1 to
 * #r-ro-7; lifecycles (roster version): docs/STATES.md.
 */
@BoundedContext(name = "Duty rosters", id = "roster")
package org.propertydesk.domain.roster;

import org.jmolecules.ddd.annotation.BoundedContext;
