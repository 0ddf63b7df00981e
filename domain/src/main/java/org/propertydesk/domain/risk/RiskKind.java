package org.propertydesk.domain.risk;

import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.Rule;

/**
 * The three risks the customer-service department guards against (R-RN-1). Every notice guards
 * against notification risk; refused conduct is conduct risk; commitments beyond the service
 * contract are contract risk (their approval is the complaint context's R-CO-6).
 */
@Enforces(Rule.R_RN_1)
public enum RiskKind {
    /** 契约风险: no or unclear contract, promises beyond it, missing service records. */
    CONTRACT,
    /** 告知风险: failing a duty to remind, warn or notify. */
    NOTIFICATION,
    /** 行为风险: improper conduct that breaks the law. */
    CONDUCT
}
