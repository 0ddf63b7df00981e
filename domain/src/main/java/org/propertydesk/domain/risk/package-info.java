/**
 * Risk notices (风险防范): the customer-service department's duties to warn, notify and keep proof
 * so that the company does not carry contract, notification or conduct risk (契约风险, 告知风险,
 * 行为风险; R-RN-1). Rectification notices with kept stubs and lawful service (R-RN-2), payment
 * demands served inside the limitation period (R-RN-3), advance notice of matters touching others'
 * rights (R-RN-4), registered warnings before hazardous work (R-RN-5), force-majeure and outage
 * notices (R-RN-6, R-RN-7), refused unlawful conduct (R-RN-8) and evidence kept while the matter can
 * be litigated (R-RN-9).
 *
 * <p>Rules, with the code that enforces each and the tests that name it: docs/RULES.md#r-rn-1 to
 * #r-rn-9; lifecycles (notice and hazardous work): docs/STATES.md.
 */
@BoundedContext(name = "Risk notices", id = "risk")
package org.propertydesk.domain.risk;

import org.jmolecules.ddd.annotation.BoundedContext;
