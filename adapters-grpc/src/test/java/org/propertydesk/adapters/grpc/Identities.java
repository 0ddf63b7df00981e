package org.propertydesk.adapters.grpc;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The callers an access matrix tries on every RPC: one staff member of the office for each role of
 * K-4 at the role's default clearance, and one supervisor for each clearance level of R-CF-1 — none
 * of them party to the request (not its holder, custodian, borrower …), so a grant that depends on
 * being the party shows as a denial for all of them.
 */
public final class Identities {

    /** A caller of the matrix: its bearer token, role and clearance. */
    public record Identity(String token, Role role, ClearanceLevel clearance) {
        @Override
        public String toString() {
            return token;
        }
    }

    /** Every identity, roles first (operators up to leadership), then clearances (internal up to top secret). */
    public static final List<Identity> ALL = all();

    private Identities() {}

    private static List<Identity> all() {
        List<Identity> identities = new ArrayList<>();
        for (Role role : Role.values()) {
            identities.add(new Identity("role-" + slug(role.name()), role, role.defaultClearance()));
        }
        for (ClearanceLevel level : ClearanceLevel.values()) {
            identities.add(new Identity("clearance-" + slug(level.name()), Role.SUPERVISOR, level));
        }
        return List.copyOf(identities);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The staff members of {@code office} standing for the identities, in {@code department}, with ids
     * {@code new UUID(tag, 100 + i)} and {@code superior} as their direct superior.
     */
    public static List<StaffMember> staff(OfficeId office, long tag, Department department, StaffId superior) {
        List<StaffMember> members = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            Identity identity = ALL.get(i);
            members.add(new StaffMember(new StaffId(new UUID(tag, 100 + i)), office, identity.token(), identity.role(), department,
                    identity.role() == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(superior), identity.clearance()));
        }
        return members;
    }

    /** Token → caller of {@code staff} (as made by {@link #staff}). */
    public static Map<String, Caller> tokens(List<StaffMember> staff) {
        Map<String, Caller> tokens = new LinkedHashMap<>();
        for (StaffMember member : staff) {
            tokens.put(member.name(), new Caller(member.office(), member.id()));
        }
        return tokens;
    }
}
