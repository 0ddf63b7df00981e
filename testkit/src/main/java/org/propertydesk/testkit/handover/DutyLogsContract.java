package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.handover.DutyLogs;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.EntryId;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What PropertyDesk relies on from every {@link DutyLogs} store. Extend it in your tests and return
 * a new, empty store of your implementation from {@link #newDutyLogs()}.
 */
public abstract class DutyLogsContract {

    /** A new, empty store; called once per test. */
    protected abstract DutyLogs newDutyLogs();

    private static final OfficeId OFFICE = new OfficeId(new UUID(0xc1, 1));
    private static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0xc1, 2));
    private static final PostId POST = new PostId(new UUID(0xc2, 1));

    @Test
    @DisplayName("R-HO-1: a post's duty log reads back with its matters, versioned")
    void roundTripAndVersions() {
        DutyLogs logs = newDutyLogs();
        DutyLog empty = DutyLog.open(new DutyLogId(new UUID(0xc3, 1)), OFFICE, POST);
        logs.add(empty);
        DutyLog logged = empty.record(new EntryId(new UUID(0xc4, 1)), EntryKind.MAJOR_MATTER, "cause", "course", "result",
                false, new StaffId(new UUID(0xc5, 1)), Instant.parse("2026-11-22T20:00:00Z")).get().log();

        logs.update(logged, empty.version());

        assertThat(logs.ofPost(OFFICE, POST)).contains(logged);
        assertThat(logs.find(OFFICE, empty.id())).contains(logged);
        assertThatThrownBy(() -> logs.update(logged, empty.version())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(logs.ofPost(OTHER_OFFICE, POST)).isEmpty();
    }
}
