package org.propertydesk.domain.handover;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/** A front-desk post at the 08:00 shift change, the night shift handing over to the morning shift. */
final class HandoverFixture {

    static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    static final PostId FRONT_DESK = new PostId(new UUID(2, 1));
    static final DutyLogId FRONT_DESK_LOG = new DutyLogId(new UUID(3, 1));
    static final StaffId NIGHT_SHIFT = new StaffId(new UUID(4, 1));
    static final StaffId MORNING_SHIFT = new StaffId(new UUID(4, 2));
    static final StaffId SUBSTITUTE = new StaffId(new UUID(4, 3));
    static final StaffId SUPERVISOR = new StaffId(new UUID(4, 4));
    static final StaffId STRANGER = new StaffId(new UUID(4, 5));
    static final HandoverId HANDOVER = new HandoverId(new UUID(5, 1));

    /** 08:00 in Shanghai. */
    static final Instant SHIFT_CHANGE = Instant.parse("2026-11-23T00:00:00Z");

    static final Item RADIO = new Item(new ItemId(new UUID(6, 1)), "radio no. 1", ItemCategory.RADIO, 1);
    static final Item SHOW_FLAT_KEYS = new Item(new ItemId(new UUID(6, 2)), "show-flat keys", ItemCategory.SHOW_FLAT_KEY, 1);
    static final Item RECEIPT_BOOK = new Item(new ItemId(new UUID(6, 3)), "receipt book", ItemCategory.RECEIPTS, 50);
    static final Seq<Item> REGISTER = List.of(RADIO, SHOW_FLAT_KEYS, RECEIPT_BOOK);

    static final HandoverPolicy POLICY = HandoverPolicy.defaults();

    private HandoverFixture() {}

    static Instant minutesBeforeShiftChange(long minutes) {
        return SHIFT_CHANGE.minus(Duration.ofMinutes(minutes));
    }

    static Preparing preparing() {
        return preparingAt(minutesBeforeShiftChange(20));
    }

    static Preparing preparingAt(Instant at) {
        return right(Handover.prepare(HANDOVER, OFFICE, FRONT_DESK, Department.CUSTOMER_SERVICE, NIGHT_SHIFT,
                MORNING_SHIFT, SHIFT_CHANGE, FRONT_DESK_LOG, REGISTER, at, POLICY)).handover();
    }

    static Ready readyWithoutArrival() {
        return right(preparing().completePreparation(NIGHT_SHIFT, minutesBeforeShiftChange(10))).handover();
    }

    static Ready ready() {
        return (Ready) right(readyWithoutArrival().arrive(MORNING_SHIFT, minutesBeforeShiftChange(8), POLICY)).handover();
    }

    static InCount inCount() {
        return right(ready().beginCount(NIGHT_SHIFT, PostSituation.calm(), minutesBeforeShiftChange(6))).handover();
    }

    /** Every register line counted present and matching the register. */
    static InCount counted() {
        InCount handover = inCount();
        for (Item item : REGISTER) {
            handover = right(handover.count(MORNING_SHIFT, item.id(), Condition.PRESENT, item.registered(),
                    Option.none(), minutesBeforeShiftChange(4))).handover();
        }
        return handover;
    }

    static PostSituation situation(Seq<Incident> incidents, DutyLog log) {
        return PostSituation.of(Department.CUSTOMER_SERVICE, incidents, log);
    }

    static Incident fire() {
        return right(Incident.report(new IncidentId(new UUID(7, 1)), OFFICE, IncidentKind.FIRE, HashSet.empty(),
                "smoke alarm in tower B, 12th floor", NIGHT_SHIFT, minutesBeforeShiftChange(30))).incident();
    }

    static Incident typhoonFor(Department department) {
        return right(Incident.report(new IncidentId(new UUID(7, 2)), OFFICE, IncidentKind.TYPHOON, HashSet.of(department),
                "typhoon signal no. 8", NIGHT_SHIFT, minutesBeforeShiftChange(120))).incident();
    }

    static DutyLog logWithOpenDispatchOrder(EntryId entry) {
        return right(DutyLog.open(FRONT_DESK_LOG, OFFICE, FRONT_DESK).record(entry, EntryKind.DISPATCH_ORDER,
                "resident of 3-1201 reports a leaking pipe", "dispatch order issued to engineering",
                "repairer on the way", true, NIGHT_SHIFT, minutesBeforeShiftChange(60))).log();
    }

    static <T> T right(Either<Rejections<HandoverRejection>, T> result) {
        if (result.isLeft()) {
            throw new AssertionError("expected the command to be accepted, but: " + result.getLeft());
        }
        return result.get();
    }

    static Rejections<HandoverRejection> left(Either<Rejections<HandoverRejection>, ?> result) {
        if (result.isRight()) {
            throw new AssertionError("expected the command to be refused, but it was accepted: " + result.get());
        }
        return result.getLeft();
    }
}
