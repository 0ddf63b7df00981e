package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import io.vavr.control.Either;

/** A store keeps a complaint's history and version; the complaint read back must be the one written (R-CO-9). */
class RehydrationProperties {

    @Provide
    Arbitrary<Complaint> registered() {
        return ComplaintArbitraries.registered();
    }

    @Provide
    Arbitrary<List<ComplaintCommand>> commands() {
        return ComplaintArbitraries.commandSequences();
    }

    @Property(tries = 200)
    @Label("R-CO-9: replaying a complaint's history rebuilds the same complaint, deadlines and all, after any sequence of commands")
    void historyRebuildsTheComplaint(@ForAll("registered") Complaint start, @ForAll("commands") List<ComplaintCommand> commands) {
        Complaint complaint = start;
        Instant at = start.registeredAt();
        for (ComplaintCommand command : commands) {
            at = at.plus(command.after());
            Either<?, ComplaintOutcome> result = command.applyTo(complaint, at);
            if (result.isRight()) {
                complaint = result.get().complaint();
                Complaint rebuilt = Complaint.rehydrate(complaint.version(), complaint.history());
                assertThat(rebuilt).isEqualTo(complaint);
                assertThat(rebuilt.standings(ComplaintOffice.calendar2026(), ComplaintPolicy.defaults(), at))
                        .isEqualTo(complaint.standings(ComplaintOffice.calendar2026(), ComplaintPolicy.defaults(), at));
            }
        }
    }
}
