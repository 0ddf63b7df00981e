package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.Procedure;
import org.propertydesk.domain.kernel.Rejections;

/**
 * Generated sequences of desk commands, valid or not, applied to freshly registered complaints;
 * the rules' invariants are checked after every command.
 */
class ComplaintLifecycleProperties {

    @Provide
    Arbitrary<Complaint> registered() {
        return ComplaintArbitraries.registered();
    }

    @Provide
    Arbitrary<List<ComplaintCommand>> commands() {
        return ComplaintArbitraries.commandSequences();
    }

    private interface Invariant {
        void check(Complaint before, ComplaintOutcome outcome);
    }

    private static Complaint run(Complaint start, List<ComplaintCommand> commands, Invariant invariant) {
        Complaint complaint = start;
        Instant at = start.registeredAt();
        for (ComplaintCommand command : commands) {
            at = at.plus(command.after());
            Either<Rejections<ComplaintRejection>, ComplaintOutcome> result = command.applyTo(complaint, at);
            if (result.isRight()) {
                invariant.check(complaint, result.get());
                complaint = result.get().complaint();
            }
        }
        return complaint;
    }

    /** An escalation, or a correction across effective and communicative, starts the new class's procedure over. */
    private static boolean restartsTheProcedure(ComplaintEvent event) {
        if (event instanceof ComplaintEvent.ClassificationCorrected) {
            ComplaintEvent.ClassificationCorrected corrected = (ComplaintEvent.ClassificationCorrected) event;
            return corrected.from().isEffective() != corrected.to().isEffective();
        }
        return event instanceof ComplaintEvent.Escalated;
    }

    @Property(tries = 300)
    @Label("R-CO-2, R-CO-3, R-CO-7: a complaint never reaches closed without a satisfied return visit in its current procedure")
    void neverClosedWithoutReturnVisit(@ForAll("registered") Complaint start, @ForAll("commands") List<ComplaintCommand> commands) {
        Complaint end = run(start, commands, (before, outcome) -> {
            Complaint after = outcome.complaint();
            if (after.isClosed()) {
                Seq<ComplaintEvent> sinceRestart = after.history()
                        .reverse()
                        .takeWhile(event -> !restartsTheProcedure(event));
                assertThat(sinceRestart).anySatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(ComplaintEvent.StepTaken.class,
                                step -> assertThat(step.action()).isEqualTo(Procedure.RETURN_VISIT)));
            }
        });
        Statistics.label("ends").collect(end.isClosed() ? "closed" : "open");
        Statistics.label("ends").coverage(coverage -> coverage.check("closed").percentage(p -> p > 5.0));
    }

    @Property(tries = 300)
    @Label("R-CO-5, R-CO-1: a complaint never moves from effective back to communicative except by a supervisor's correction")
    void effectiveStaysEffective(@ForAll("registered") Complaint start, @ForAll("commands") List<ComplaintCommand> commands) {
        run(start, commands, (before, outcome) -> {
            boolean backwards = before.classification().isEffective() && !outcome.complaint().classification().isEffective();
            if (backwards) {
                assertThat(outcome.events()).singleElement().isInstanceOf(ComplaintEvent.ClassificationCorrected.class);
            }
            Statistics.label("change").collect(
                    backwards ? "corrected back" : before.classification().isEffective() == outcome.complaint().classification().isEffective()
                            ? "same type" : "to effective");
        });
        Statistics.label("change").coverage(coverage -> coverage.check("to effective").count(n -> n > 0));
    }

    @Property(tries = 300)
    @Label("R-CO-9, R-CO-2, R-CO-3: the history only grows, one version per change, and every step names who and when")
    void historyOnlyGrows(@ForAll("registered") Complaint start, @ForAll("commands") List<ComplaintCommand> commands) {
        Complaint end = run(start, commands, (before, outcome) -> {
            Complaint after = outcome.complaint();
            assertThat(after.history().toJavaList()).startsWith(before.history().toJavaArray(ComplaintEvent[]::new));
            assertThat(after.history().drop(before.history().size())).containsExactlyElementsOf(outcome.events());
            assertThat(after.version()).isEqualTo(outcome.changed() ? before.version() + 1 : before.version());
            assertThat(after.id()).isEqualTo(before.id());
        });
        assertThat(end.history().filter(ComplaintEvent.StepTaken.class::isInstance).map(ComplaintEvent::at).toJavaList()).isSorted();
        Statistics.label("events").collect(end.history().size() > 4 ? "more than 4" : "up to 4");
        Statistics.label("events").coverage(coverage -> coverage.check("more than 4").percentage(p -> p > 20.0));
    }
}
