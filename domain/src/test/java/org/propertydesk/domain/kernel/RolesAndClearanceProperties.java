package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

class RolesAndClearanceProperties {

    @Property
    @Label("R-CF-1: clearance levels are a total order — internal < secret < confidential < top secret")
    void clearanceIsTotalOrder(@ForAll ClearanceLevel a, @ForAll ClearanceLevel b, @ForAll ClearanceLevel c) {
        assertThat(a.covers(a)).isTrue();
        assertThat(a.covers(b) || b.covers(a)).isTrue();
        if (a.covers(b) && b.covers(a)) {
            assertThat(a).isEqualTo(b);
        }
        if (a.covers(b) && b.covers(c)) {
            assertThat(a.covers(c)).isTrue();
        }
        assertThat(ClearanceLevel.TOP_SECRET.covers(a)).isTrue();
        assertThat(a.covers(ClearanceLevel.INTERNAL)).isTrue();
    }

    @Property
    @Label("R-CF-2: a higher rank never has a lower default clearance")
    void clearanceGrowsWithRank(@ForAll Role a, @ForAll Role b) {
        if (a.rank().compareTo(b.rank()) > 0) {
            assertThat(a.defaultClearance().covers(b.defaultClearance())).isTrue();
        }
    }

    @Property
    @Label("R-FC-2: operators are exactly the security, cleaning and repair staff, and are not managerial")
    void operators(@ForAll Role role) {
        boolean operator = role == Role.SECURITY_OFFICER || role == Role.CLEANER || role == Role.REPAIRER;
        assertThat(role.isOperator()).isEqualTo(operator);
        if (role.isOperator()) {
            assertThat(role.isManagerial()).isFalse();
        }
    }
}
