package org.propertydesk.testkit.handover;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.handover.HandoverDeskService;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * A management office's front desk wired to the in-memory adapters: the night shift (Wang) hands
 * over to the morning shift (Li) at 08:00 Beijing time; Zhao is their supervisor, Chen the office
 * manager.
 */
final class FrontDesk {

    static final OfficeId OFFICE = new OfficeId(new UUID(100, 1));
    static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(100, 2));
    static final PostId FRONT_DESK = new PostId(new UUID(101, 1));
    static final StaffId WANG_NIGHT = new StaffId(new UUID(102, 1));
    static final StaffId LI_MORNING = new StaffId(new UUID(102, 2));
    static final StaffId ZHAO_SUPERVISOR = new StaffId(new UUID(102, 3));
    static final StaffId CHEN_MANAGER = new StaffId(new UUID(102, 4));
    static final StaffId LEADER = new StaffId(new UUID(102, 5));
    static final StaffId SUN_CLEANER = new StaffId(new UUID(102, 6));

    /** 08:00 in Beijing. */
    static final Instant SHIFT_CHANGE = Instant.parse("2026-11-23T00:00:00Z");

    static final Item RADIO = new Item(new ItemId(new UUID(103, 1)), "radio no. 2", ItemCategory.RADIO, 1);
    static final Item SHOW_FLAT_KEYS = new Item(new ItemId(new UUID(103, 2)), "show-flat keys", ItemCategory.SHOW_FLAT_KEY, 3);
    static final Item RECEIPTS = new Item(new ItemId(new UUID(103, 3)), "parking receipts", ItemCategory.RECEIPTS, 20);
    static final Seq<Item> REGISTER = List.of(RADIO, SHOW_FLAT_KEYS, RECEIPTS);

    final SettableClock clock = SettableClock.at(SHIFT_CHANGE.minus(Duration.ofHours(5)));
    final InMemoryDirectory directory = InMemoryDirectory.of(
            staff(WANG_NIGHT, "Wang", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, ZHAO_SUPERVISOR),
            staff(LI_MORNING, "Li", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, ZHAO_SUPERVISOR),
            staff(ZHAO_SUPERVISOR, "Zhao", Role.SUPERVISOR, Department.CUSTOMER_SERVICE, CHEN_MANAGER),
            staff(CHEN_MANAGER, "Chen", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, LEADER),
            staff(SUN_CLEANER, "Sun", Role.CLEANER, Department.CLEANING, ZHAO_SUPERVISOR),
            new StaffMember(LEADER, OFFICE, "Liu", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR, Option.none(),
                    Role.COMPANY_LEADERSHIP.defaultClearance()));
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryHandovers handovers = new InMemoryHandovers();
    final InMemoryDutyLogs dutyLogs = new InMemoryDutyLogs();
    final InMemoryIncidents incidents = new InMemoryIncidents();
    final InMemoryDutySchedule schedule = new InMemoryDutySchedule()
            .schedule(OFFICE, new ShiftChange(FRONT_DESK, Department.CUSTOMER_SERVICE, WANG_NIGHT, LI_MORNING, SHIFT_CHANGE));
    final HandoverDesk desk = new HandoverDeskService(directory, clock, new SequentialIdentities(), transactions, outbox,
            handovers, dutyLogs, incidents, schedule, HandoverPolicy.defaults());

    /** Sets the clock to {@code minutes} before the shift change (negative: after it). */
    void at(long minutesBefore) {
        clock.set(SHIFT_CHANGE.minus(Duration.ofMinutes(minutesBefore)));
    }

    static Instant minutesBefore(long minutes) {
        return SHIFT_CHANGE.minus(Duration.ofMinutes(minutes));
    }

    private static StaffMember staff(StaffId id, String name, Role role, Department department, StaffId superior) {
        return new StaffMember(id, OFFICE, name, role, department, Option.some(superior), role.defaultClearance());
    }

    static <T> T accepted(Either<Rejections<HandoverRejection>, T> result) {
        if (result.isLeft()) {
            throw new AssertionError("expected the desk to accept, but: " + result.getLeft());
        }
        return result.get();
    }

    static Rejections<HandoverRejection> refused(Either<Rejections<HandoverRejection>, ?> result) {
        if (result.isRight()) {
            throw new AssertionError("expected the desk to refuse, but it accepted: " + result.get());
        }
        return result.getLeft();
    }
}
