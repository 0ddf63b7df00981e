package org.propertydesk.testkit.confidentiality;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.confidentiality.RecordsOfficeService;
import org.propertydesk.application.confidentiality.RecordsPolicies;
import org.propertydesk.domain.confidentiality.ConfidentialityRejection;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/** One office's records office wired to the in-memory adapters, with a few staff to act. */
final class RecordsOfficeHarness {

    static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));

    final SettableClock clock = SettableClock.at(ConfidentialityArbitraries.EPOCH);
    final InMemoryDirectory directory = new InMemoryDirectory();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryDocuments documents = new InMemoryDocuments();
    final InMemoryLoans loans = new InMemoryLoans();
    final InMemoryCustodies custodies = new InMemoryCustodies();
    final InMemoryApprovals approvals = new InMemoryApprovals();
    final RecordsOffice office;

    private final AtomicLong staffIds = new AtomicLong(100);

    final StaffMember leader = hire(Role.COMPANY_LEADERSHIP);
    final StaffMember officeManager = hire(Role.OFFICE_MANAGER);
    final StaffMember departmentManager = hire(Role.DEPARTMENT_MANAGER);
    final StaffMember clerk = hire(Role.SUPERVISOR, ClearanceLevel.SECRET);
    final StaffMember assistant = hire(Role.CUSTOMER_SERVICE_ASSISTANT);

    RecordsOfficeHarness() {
        InMemoryCalendar calendar = new InMemoryCalendar().with(OFFICE, BusinessCalendar.in(ConfidentialityArbitraries.ZONE).build());
        office = new RecordsOfficeService(directory, calendar, clock, new SequentialIdentities(), transactions, outbox, audit,
                documents, loans, custodies, approvals, RecordsPolicies.defaults());
    }

    StaffMember hire(Role role) {
        return hire(role, role.defaultClearance());
    }

    StaffMember hire(Role role, ClearanceLevel clearance) {
        StaffMember member = new StaffMember(new StaffId(new UUID(7, staffIds.incrementAndGet())), OFFICE, role.name(), role,
                Department.ADMINISTRATION_HR, role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(new StaffId(new UUID(7, 1))),
                clearance);
        directory.register(member);
        return member;
    }

    /** The clerk registers a document of {@code kind} at its default level. */
    DocumentId registered(DocumentKind kind) {
        return accepted(office.classify(new RecordsOffice.Classify(OFFICE, clerk.id(), "a " + kind, kind, Option.none(), Option.none())));
    }

    DocumentId personnelFileOf(StaffMember subject) {
        return accepted(office.classify(new RecordsOffice.Classify(OFFICE, clerk.id(), "file of " + subject.name(),
                DocumentKind.PERSONNEL_FILE, Option.none(), Option.some(subject.id()))));
    }

    Instant now() {
        return clock.now();
    }

    static <T> T accepted(io.vavr.control.Either<Rejections<ConfidentialityRejection>, T> result) {
        if (result.isLeft()) {
            throw new AssertionError("expected the command to be accepted, but: " + result.getLeft());
        }
        return result.get();
    }
}
