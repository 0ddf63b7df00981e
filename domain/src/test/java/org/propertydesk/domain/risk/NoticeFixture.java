package org.propertydesk.domain.risk;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.util.UUID;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/** Intention-revealing builders for notices in domain tests. */
final class NoticeFixture {

    static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    static final StaffId CLERK = new StaffId(new UUID(2, 1));
    static final Instant MONDAY_9AM = Instant.parse("2026-03-02T01:00:00Z");
    static final Addressee OWNER_BY_LETTER = Addressee.to(Party.OWNER, "3-1201", Channel.LETTER);
    static final Addressee OWNER_BY_REGISTERED_MAIL = Addressee.to(Party.OWNER, "3-1201", Channel.REGISTERED_MAIL);
    static final Addressee AUTHORITY = Addressee.to(Party.AUTHORITY, "城管局", Channel.LETTER);
    static final Addressee NOTICE_BOARD = Addressee.posting("block 3 lobby");
    static final Addressee BAKERY = Addressee.to(Party.SHOP, "bakery", Channel.LETTER);
    static final Addressee CLINIC = Addressee.to(Party.KEY_UNIT, "clinic", Channel.HAND_DELIVERY_WITH_SIGNATURE);
    static final KeyRecipients BAKERY_AND_CLINIC = new KeyRecipients(TreeSet.of("bakery"), TreeSet.of("clinic"));

    private static long ids = 100;

    private NoticeFixture() {}

    static NoticeId anyNoticeId() {
        return new NoticeId(new UUID(3, ids++));
    }

    static Notice draft(Particulars particulars, Addressee... addressees) {
        return Notice.draft(anyNoticeId(), OFFICE, CLERK, particulars, List.of(addressees), MONDAY_9AM);
    }

    static Evidence.Stub stub() {
        return new Evidence.Stub("stub-001", MONDAY_9AM);
    }

    static Seq<Evidence> stubOnly() {
        return List.of(stub());
    }

    static Evidence.DeliveryReceipt receipt(Addressee to, Instant servedAt) {
        return new Evidence.DeliveryReceipt(to, servedAt, "receipt-" + to.who(), servedAt);
    }

    static Evidence.Photo photo(Addressee posting, Instant at) {
        return new Evidence.Photo(posting, "photo-" + posting.who(), at);
    }

    static Notice issued(Notice draft, Seq<Evidence> attachments) {
        return draft.issue(MONDAY_9AM, attachments, BAKERY_AND_CLINIC, RiskPolicy.defaults()).get().state();
    }

    static Particulars.Rectification seriousBreach() {
        return new Particulars.Rectification("balcony enclosed against the owners' charter", true, false);
    }

    static Particulars.Rectification minorBreach() {
        return new Particulars.Rectification("bicycle in the corridor", false, false);
    }
}
