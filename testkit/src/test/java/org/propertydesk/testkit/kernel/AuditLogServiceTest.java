package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.propertydesk.application.kernel.AuditEntry;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditLog;
import org.propertydesk.application.kernel.AuditLogService;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.KernelRejection;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

@DisplayName("The office's management reads and verifies the audit trail")
class AuditLogServiceTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    private static final StaffId LEADER = new StaffId(new UUID(0, 1));
    private static final StaffId MEMBER = new StaffId(new UUID(0, 2));

    private final InMemoryDirectory directory = InMemoryDirectory.of(
            StaffMember.of(LEADER, OFFICE, "王总", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR, Option.none()).get());
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final AuditLog log = new AuditLogService(trail, directory, new InMemoryTransactions());

    private StaffId staffAs(Role role) {
        directory.register(StaffMember.of(MEMBER, OFFICE, "李", role, Department.CUSTOMER_SERVICE, Option.some(LEADER)).get());
        return MEMBER;
    }

    private void decisions(int count) {
        for (int i = 0; i < count; i++) {
            trail.append(new AuditEvent(OFFICE, Instant.parse("2026-10-08T02:00:00Z").plusSeconds(i), LEADER, "read document",
                    "offices/x/documents/" + i, AuditEvent.Outcome.GRANTED, Option.some(Rule.R_CF_2)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"OFFICE_MANAGER", "COMPANY_LEADERSHIP"})
    @DisplayName("R-CF-9: the office manager and company leadership read the trail in order and verify it intact")
    void managementReads(Role role) {
        decisions(3);
        StaffId reader = role == Role.COMPANY_LEADERSHIP ? LEADER : staffAs(role);

        assertThat(log.entries(OFFICE, reader).get().map(AuditEntry::sequence)).containsExactly(1L, 2L, 3L);
        AuditLog.Verification verification = log.verify(OFFICE, reader).get();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"OFFICE_MANAGER", "COMPANY_LEADERSHIP"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("R-CF-9: everybody else is refused the trail, and its verification")
    void othersAreRefused(Role role) {
        StaffId reader = staffAs(role);

        assertThat(log.entries(OFFICE, reader).getLeft().reasons())
                .containsExactly(new KernelRejection.AuditTrailReserved(reader, role));
        assertThat(log.verify(OFFICE, reader).isLeft()).isTrue();
    }

    @Test
    @DisplayName("R-CF-9: verification names the first entry that was tampered with")
    void tamperingShows() {
        decisions(4);
        trail.tamper(OFFICE, 3, entry -> new AuditEntry(entry.sequence(),
                new AuditEvent(OFFICE, entry.event().at(), MEMBER, entry.event().action(), entry.event().subject(),
                        entry.event().outcome(), entry.event().rule()),
                entry.previousHash(), entry.hash()));

        assertThat(log.verify(OFFICE, LEADER).get().firstTampered()).contains(3L);
    }

    @Test
    @DisplayName("an unknown staff member is not found")
    void unknownActor() {
        assertThatThrownBy(() -> log.entries(OFFICE, new StaffId(new UUID(9, 9)))).isInstanceOf(NotFound.class);
    }
}
