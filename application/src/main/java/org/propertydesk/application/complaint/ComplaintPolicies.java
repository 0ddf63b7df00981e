package org.propertydesk.application.complaint;

import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.kernel.OfficeId;

/** Each office's complaint policy (R-CO-4): its deadlines, pauses, windows. */
@SecondaryPort
@FunctionalInterface
public interface ComplaintPolicies {

    ComplaintPolicy of(OfficeId office);

    /** The same policy for every office, e.g. {@code everywhere(ComplaintPolicy.defaults())}. */
    static ComplaintPolicies everywhere(ComplaintPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return office -> policy;
    }
}
