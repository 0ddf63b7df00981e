package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.risk.Notices;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.RiskPolicy;

/**
 * What PropertyDesk relies on from every {@link Notices} store (R-RN-9, K-1). Extend it in your
 * tests and return a new, empty store of your implementation from {@link #newNotices()}.
 */
public abstract class NoticesContract {

    /** A new, empty store; called once per test. */
    protected abstract Notices newNotices();

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Addressee OWNER = Addressee.to(Party.OWNER, "3-1201", Channel.REGISTERED_MAIL);

    private static Notice drafted(long id, OfficeId office) {
        return Notice.draft(new NoticeId(new UUID(0, id)), office, new StaffId(new UUID(0, 99)),
                new Particulars.Rectification("balcony enclosed", true, false), List.of(OWNER), T0);
    }

    private static Notice issued(Notice drafted) {
        return drafted.issue(T0, List.of(new Evidence.Stub("stub-1", T0)), KeyRecipients.none(), RiskPolicy.defaults())
                .get().state();
    }

    @Test
    @DisplayName("R-RN-9: a notice reads back field for field, evidence included")
    void roundTrip() {
        Notices notices = newNotices();
        Notice notice = drafted(1, OFFICE);
        notices.add(notice);
        Notice served = issued(notice).recordService(T0.plusSeconds(60),
                List.of(new Evidence.DeliveryReceipt(OWNER, T0.plusSeconds(30), "EMS-1", T0.plusSeconds(60)))).get().state();
        notices.update(issued(notice), 0);
        notices.update(served, 1);

        assertThat(notices.find(OFFICE, notice.id())).contains(served);
    }

    @Test
    @DisplayName("R-RN-9: a write based on a stale version is a concurrency conflict and changes nothing")
    void staleWrite() {
        Notices notices = newNotices();
        Notice notice = drafted(1, OFFICE);
        notices.add(notice);
        notices.update(issued(notice), 0);

        assertThatThrownBy(() -> notices.update(issued(notice), 0)).isInstanceOf(ConcurrencyConflict.class);
        assertThat(notices.find(OFFICE, notice.id())).contains(issued(notice));
    }

    @Test
    @DisplayName("K-1: notices are scoped to their office and listed in a stable order")
    void isolatedByOffice() {
        Notices notices = newNotices();
        Notice second = drafted(2, OFFICE);
        Notice first = drafted(1, OFFICE);
        Notice elsewhere = drafted(3, OTHER_OFFICE);
        notices.add(second);
        notices.add(first);
        notices.add(elsewhere);

        assertThat(notices.find(OTHER_OFFICE, first.id())).isEmpty();
        assertThat(notices.all(OFFICE)).containsExactly(first, second);
        assertThat(notices.all(OTHER_OFFICE)).containsExactly(elsewhere);
    }
}
