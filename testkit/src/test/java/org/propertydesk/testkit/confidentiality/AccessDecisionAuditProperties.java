package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.confidentiality.RecordsOfficeHarness.OFFICE;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.kernel.AuditEntry;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.domain.confidentiality.Access;
import org.propertydesk.domain.confidentiality.AccessPolicy;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffMember;

/** R-CF-9 through the records office: every access decision leaves exactly one entry, and tampering shows. */
class AccessDecisionAuditProperties {

    /** One consultation: who (by role and clearance), which kind of document, what access. */
    record Attempt(Role role, ClearanceLevel clearance, DocumentKind kind, boolean ownFile, Access access, int minutesLater) {}

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> attempt = Combinators.combine(Arbitraries.of(Role.class), Arbitraries.of(ClearanceLevel.class),
                        Arbitraries.of(DocumentKind.class), Arbitraries.of(true, false), Arbitraries.of(Access.READ, Access.COPY,
                                Access.EXCERPT, Access.TAKE_OUT), Arbitraries.integers().between(0, 600))
                .as(Attempt::new);
        return attempt.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 60)
    @Label("R-CF-9: every access decision, granted or denied, appears in the audit trail exactly once, with its outcome, and the trail verifies")
    void everyDecisionAuditedOnce(@ForAll("attempts") List<Attempt> attempts) {
        RecordsOfficeHarness desk = new RecordsOfficeHarness();
        int granted = 0;
        for (Attempt attempt : attempts) {
            StaffMember actor = desk.hire(attempt.role(), attempt.clearance());
            DocumentId id = documentFor(desk, attempt, actor);
            Document document = desk.documents.find(OFFICE, id).get();
            desk.clock.advance(Duration.ofMinutes(attempt.minutesLater()));
            int before = desk.audit.entries(OFFICE).size();

            var result = desk.office.consult(new RecordsOffice.Consult(OFFICE, actor.id(), id, attempt.access()));

            var entries = desk.audit.entries(OFFICE);
            assertThat(entries).hasSize(before + 1);
            AuditEvent event = entries.last().event();
            assertThat(event.actor()).isEqualTo(actor.id());
            assertThat(event.action()).isEqualTo(attempt.access().auditAction());
            assertThat(event.at()).isEqualTo(desk.now());
            assertThat(event.outcome()).isEqualTo(result.isRight() ? AuditEvent.Outcome.GRANTED : AuditEvent.Outcome.DENIED);
            assertThat(event.rule()).isNotEmpty();
            if (attempt.access() == Access.READ) {
                assertThat(result.isRight()).isEqualTo(AccessPolicy.mayRead(actor, document));
            }
            granted += result.isRight() ? 1 : 0;
        }
        assertThat(desk.audit.entries(OFFICE)).hasSize(attempts.size());
        assertThat(desk.office.verifyAudit(OFFICE).intact()).isTrue();
        Statistics.label("some granted").collect(granted > 0);
        Statistics.label("some denied").collect(granted < attempts.size());
    }

    @Property(tries = 60)
    @Label("R-CF-9: turning any recorded denial into a grant (or any other single-entry change) is detected by verification at that entry")
    void tamperingShows(@ForAll("attempts") List<Attempt> attempts, @ForAll @IntRange(min = 0, max = 100) int pick) {
        RecordsOfficeHarness desk = new RecordsOfficeHarness();
        for (Attempt attempt : attempts) {
            StaffMember actor = desk.hire(attempt.role(), attempt.clearance());
            desk.office.consult(new RecordsOffice.Consult(OFFICE, actor.id(), documentFor(desk, attempt, actor), attempt.access()));
        }
        long sequence = pick % attempts.size() + 1;

        desk.audit.tamper(OFFICE, sequence, entry -> new AuditEntry(entry.sequence(), flipped(entry.event()), entry.previousHash(),
                entry.hash()));

        assertThat(desk.office.verifyAudit(OFFICE).firstTampered()).contains(sequence);
    }

    private static DocumentId documentFor(RecordsOfficeHarness desk, Attempt attempt, StaffMember actor) {
        return attempt.kind() == DocumentKind.PERSONNEL_FILE
                ? desk.personnelFileOf(attempt.ownFile() ? actor : desk.assistant)
                : desk.registered(attempt.kind());
    }

    private static AuditEvent flipped(AuditEvent event) {
        AuditEvent.Outcome other = event.outcome() == AuditEvent.Outcome.GRANTED ? AuditEvent.Outcome.DENIED : AuditEvent.Outcome.GRANTED;
        return new AuditEvent(event.office(), event.at(), event.actor(), event.action(), event.subject(), other, event.rule());
    }
}
