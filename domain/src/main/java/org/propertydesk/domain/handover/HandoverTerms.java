package org.propertydesk.domain.handover;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What a handover is about, fixed when the outgoing person starts preparing it: the post and its
 * department, the outgoing person, the shift change, the post's duty log and the register of
 * shared items, and when preparation started against the shift change (R-HO-4).
 */
@ValueObject
public record HandoverTerms(
        OfficeId office,
        PostId post,
        Department department,
        StaffId outgoing,
        Instant shiftChange,
        DutyLogId dutyLog,
        Seq<Item> register,
        Timing preparation) {

    public HandoverTerms {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(shiftChange, "shiftChange");
        Objects.requireNonNull(dutyLog, "dutyLog");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(preparation, "preparation");
    }
}
