/**
 * Test kit for the risk-notices context (风险防范, R-RN-1..R-RN-9): in-memory adapters of the risk
 * desk's outbound ports and jqwik arbitraries of notices, arrears and conduct that are valid by
 * construction, so integrators can test their own adapters and use cases against the same rules.
 */
@BoundedContext(name = "Risk notices", id = "risk")
package org.propertydesk.testkit.risk;

import org.jmolecules.ddd.annotation.BoundedContext;
