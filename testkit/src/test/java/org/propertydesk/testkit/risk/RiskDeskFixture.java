package org.propertydesk.testkit.risk;

import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.UUID;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.application.risk.RiskDeskService;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.RiskPolicy;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/** A risk desk of one office in Shanghai, wired to the in-memory adapters, with its staff. */
final class RiskDeskFixture {

    static final OfficeId OFFICE = new OfficeId(new UUID(0xA, 1));
    static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0xA, 2));
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final StaffMember manager = staff(1, Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, 9);
    final StaffMember clerk = staff(2, Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, 1);
    final StaffMember repairer = staff(3, Role.REPAIRER, Department.ENGINEERING, 1);
    final StaffMember stranger = new StaffMember(new StaffId(new UUID(0xB, 4)), OTHER_OFFICE, "Other office clerk",
            Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, Option.some(new StaffId(new UUID(0xB, 9))),
            Role.CUSTOMER_SERVICE_ASSISTANT.defaultClearance());

    final SettableClock clock = SettableClock.at("2026-03-02T01:00:00Z"); // Monday 09:00 in Shanghai
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryNotices notices = new InMemoryNotices();
    final InMemoryArrears arrears = new InMemoryArrears();
    final InMemoryHazardousWorks works = new InMemoryHazardousWorks();
    final InMemoryIncidents incidents = new InMemoryIncidents();
    final InMemoryRecipients recipients = new InMemoryRecipients()
            .with(OFFICE, new KeyRecipients(TreeSet.of("bakery"), TreeSet.of("clinic")));
    final RiskDesk desk;

    RiskDeskFixture() {
        this(RiskPolicy.defaults(), LimitationPolicy.defaults());
    }

    RiskDeskFixture(RiskPolicy policy, LimitationPolicy limitation) {
        InMemoryDirectory directory = InMemoryDirectory.of(manager, clerk, repairer, stranger);
        InMemoryCalendar calendar = new InMemoryCalendar().with(OFFICE, BusinessCalendar.in(SHANGHAI).build());
        desk = new RiskDeskService(directory, calendar, clock, new SequentialIdentities(), transactions, outbox,
                notices, arrears, works, incidents, recipients, policy, limitation);
    }

    private static StaffMember staff(long n, Role role, Department department, long superior) {
        return new StaffMember(new StaffId(new UUID(0xB, n)), OFFICE, role + " " + n, role, department,
                Option.some(new StaffId(new UUID(0xB, superior))), role.defaultClearance());
    }
}
