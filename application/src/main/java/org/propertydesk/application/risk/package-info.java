/**
 * The risk desk's use cases (风险防范): issuing and serving notices with their evidence, payment
 * demands against the limitation period and the list of demands due, outage checks, warning signs
 * before hazardous work and incident records that refuse unlawful conduct (R-RN-1..R-RN-9). The fee
 * ledger is the vendor's, reached through the {@link org.propertydesk.application.risk.Arrears} port.
 */
@BoundedContext(name = "Risk notices", id = "risk")
package org.propertydesk.application.risk;

import org.jmolecules.ddd.annotation.BoundedContext;
