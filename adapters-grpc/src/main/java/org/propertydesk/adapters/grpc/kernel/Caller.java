package org.propertydesk.adapters.grpc.kernel;

import io.grpc.Context;
import java.util.Objects;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Who is calling: the staff member a verified bearer token stands for, and their office. Every
 * resource name a caller sends must be in this office (K-1); use cases receive {@link #staff()} as
 * the acting staff member.
 */
public record Caller(OfficeId office, StaffId staff) {

    static final Context.Key<Caller> KEY = Context.key("propertydesk-caller");

    public Caller {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(staff, "staff");
    }

    /**
     * Refuses the call with PERMISSION_DENIED unless {@code office} — the office of a resource name
     * the caller sent — is the caller's own (K-1). Whether such a resource exists is not revealed.
     */
    public void requireOffice(OfficeId office) {
        if (!this.office.equals(office)) {
            throw GrpcErrors.permissionDenied("OTHER_OFFICE", "the caller may act only in office " + this.office);
        }
    }

    /**
     * The caller of the current call. Only services behind {@link Authentication} may ask; asking
     * elsewhere is a programming error.
     */
    public static Caller current() {
        Caller caller = KEY.get();
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this call; is the service behind Authentication?");
        }
        return caller;
    }
}
