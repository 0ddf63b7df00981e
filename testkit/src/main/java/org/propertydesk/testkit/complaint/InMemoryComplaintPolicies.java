package org.propertydesk.testkit.complaint;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.complaint.ComplaintPolicies;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.kernel.OfficeId;

/** {@link ComplaintPolicies} in memory: a policy per office, the defaults for any other. */
@SecondaryAdapter
public final class InMemoryComplaintPolicies implements ComplaintPolicies {

    private final Map<OfficeId, ComplaintPolicy> policies = new ConcurrentHashMap<>();

    public InMemoryComplaintPolicies with(OfficeId office, ComplaintPolicy policy) {
        policies.put(Objects.requireNonNull(office, "office"), Objects.requireNonNull(policy, "policy"));
        return this;
    }

    @Override
    public ComplaintPolicy of(OfficeId office) {
        return policies.getOrDefault(office, ComplaintPolicy.defaults());
    }
}
