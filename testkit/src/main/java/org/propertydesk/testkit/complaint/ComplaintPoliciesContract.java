package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.complaint.ComplaintPolicies;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * What the complaint desk relies on from every {@link ComplaintPolicies} (R-CO-4, K-1): an office's
 * own policy comes back number for number, offices do not share a changed number, and every office
 * has some policy (the desk asks for one on every command). The suite hands you the policies to
 * hold: {@link #policiesHolding(Map)}.
 */
public abstract class ComplaintPoliciesContract {

    /** Policies holding exactly these offices' own complaint policies. */
    protected abstract ComplaintPolicies policiesHolding(Map<OfficeId, ComplaintPolicy> policies);

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000b7"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000b8"));

    private static final ComplaintPolicy STRICT = ComplaintPolicy.servicePlan().withRecurrence(2, Duration.ofDays(14));

    @Test
    @DisplayName("R-CO-4: an office's own policy comes back number for number")
    void roundTrip() {
        assertThat(policiesHolding(HashMap.of(OFFICE, STRICT)).of(OFFICE)).isEqualTo(STRICT);
    }

    @Test
    @DisplayName("K-1: offices keep their own numbers")
    void isolatedByOffice() {
        ComplaintPolicies policies = policiesHolding(HashMap.of(OFFICE, STRICT, OTHER_OFFICE, ComplaintPolicy.defaults()));

        assertThat(policies.of(OFFICE)).isEqualTo(STRICT);
        assertThat(policies.of(OTHER_OFFICE)).isEqualTo(ComplaintPolicy.defaults());
    }

    @Test
    @DisplayName("R-CO-4: an office with no policy of its own still gets one, not another office's changed numbers")
    void everyOfficeHasOne() {
        ComplaintPolicy fallback = policiesHolding(HashMap.of(OFFICE, STRICT)).of(OTHER_OFFICE);

        assertThat(fallback).isNotNull().isNotEqualTo(STRICT);
    }
}
