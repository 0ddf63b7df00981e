package org.propertydesk.testkit.complaint;

import static org.propertydesk.testkit.complaint.ComplaintOffice.ASSISTANT;
import static org.propertydesk.testkit.complaint.ComplaintOffice.ENGINEERING_HEAD;
import static org.propertydesk.testkit.complaint.ComplaintOffice.MANAGER;
import static org.propertydesk.testkit.complaint.ComplaintOffice.OFFICE;
import static org.propertydesk.testkit.complaint.ComplaintOffice.REPAIRER;
import static org.propertydesk.testkit.complaint.ComplaintOffice.SUPERVISOR;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.propertydesk.domain.complaint.AnswerWithin;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.CommunicativeKind;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.complaint.Procedure;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Reply;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.complaint.Utility;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * jqwik arbitraries for complaints in the {@link ComplaintOffice}: intake facts, complaints just
 * registered or walked to any step of either procedure, and commands (valid or not) to walk them
 * further. Everything is valid by construction; values shrink towards the first subject, the
 * first location, the company at fault, no repair, and 1 January 2026.
 */
public final class ComplaintArbitraries {

    public static final Instant START_OF_2026 = ComplaintOffice.shanghai("2026-01-01T00:00");
    public static final Instant END_OF_2026 = ComplaintOffice.shanghai("2027-01-01T00:00");

    private ComplaintArbitraries() {}

    public static Arbitrary<Location> locations() {
        return Arbitraries.of("Building 3 lift lobby", "3栋地下车库", "North gate", "Central garden").map(Location::new);
    }

    public static Arbitrary<Cause> causes() {
        return Arbitraries.oneOf(
                Arbitraries.just(new Cause.CompanyFailure()),
                Arbitraries.just(new Cause.NoFault()),
                Arbitraries.of(Utility.class).map(Cause.MunicipalUtility::new));
    }

    public static Arbitrary<IntakeFacts> intakeFacts() {
        return Combinators.combine(
                        Arbitraries.of(Subject.class),
                        locations(),
                        causes(),
                        Arbitraries.of(Ask.class),
                        Arbitraries.of(RepairUrgency.class).optional(0.4).map(Option::ofOptional),
                        Arbitraries.of(false, true))
                .as((subject, location, cause, ask, repair, important) ->
                        new IntakeFacts(subject, location, cause, ask, repair, important, "generated"));
    }

    public static Arbitrary<Classification> classifications() {
        return Arbitraries.oneOf(
                Arbitraries.of(Subject.class).map(Classification.Effective::new),
                Arbitraries.of(CommunicativeKind.class).map(Classification.Communicative::new));
    }

    /**
     * Any minute of 2026 in Shanghai, holidays, nights and weekends included. Without edge cases:
     * they would pile most tries onto 1 January 00:00; uniform, as the
     * default distribution favours January.
     */
    public static Arbitrary<Instant> instantsOf2026() {
        long minutes = Duration.between(START_OF_2026, END_OF_2026).toMinutes();
        return Arbitraries.longs().between(0, minutes - 1)
                .withDistribution(RandomDistribution.uniform())
                .withoutEdgeCases()
                .map(offset -> START_OF_2026.plus(Duration.ofMinutes(offset)));
    }

    public static Arbitrary<ComplainantId> complainants() {
        return Arbitraries.of("3-1201", "3-1202", "5-0801").map(ComplainantId::new);
    }

    /** A complaint just recorded in the office by the front-desk assistant, at any moment of 2026. */
    public static Arbitrary<Complaint> registered() {
        return Combinators.combine(Arbitraries.integers().between(1, 1000), complainants(), intakeFacts(), instantsOf2026())
                .as((n, complainant, facts, at) -> Complaint.register(new ComplaintId(new UUID(0xC0, n)), OFFICE, complainant,
                                facts, ASSISTANT, Option.some(SUPERVISOR.id()), at)
                        .get()
                        .complaint());
    }

    /**
     * A complaint walked along its procedure's path by 0 to 6 steps, one hour apart, so every step
     * of both procedures (closed included) is reached.
     */
    public static Arbitrary<Complaint> atEveryStep() {
        return Combinators.combine(registered(), Arbitraries.integers().between(0, 6)).as((complaint, steps) -> {
            Complaint walked = complaint;
            Instant at = complaint.registeredAt();
            for (int i = 0; i < steps && !walked.isClosed(); i++) {
                at = at.plus(Duration.ofHours(1));
                walked = nextStep(walked, at);
            }
            return walked;
        });
    }

    /** The next step of the complaint's procedure along the manual's path, taken by the right people. */
    public static Complaint nextStep(Complaint complaint, Instant at) {
        return step(complaint, at).get().complaint();
    }

    /**
     * The next step along the manual's path, or the refusal when it cannot be taken now (e.g. a
     * commitment waits for approval); a closed complaint stays as it is.
     */
    public static Either<Rejections<ComplaintRejection>, ComplaintOutcome> step(Complaint complaint, Instant at) {
        Procedure procedure = complaint.procedure();
        if (procedure instanceof Procedure.Effective) {
            switch (((Procedure.Effective) procedure).at()) {
                case RECORDED:
                    return complaint.determineNature(ASSISTANT, at);
                case NATURE_DETERMINED:
                    return complaint.determineDepartment(ASSISTANT, Department.ENGINEERING, at);
                case DEPARTMENT_DETERMINED:
                    return complaint.headOnSite(ENGINEERING_HEAD, at);
                case HEAD_ON_SITE:
                    return complaint.headHandles(ENGINEERING_HEAD, at);
                case HANDLED_BY_HEAD:
                    return complaint.returnVisit(ASSISTANT, true, at);
                case RETURN_VISITED:
                    return complaint.close(ASSISTANT, at);
                default:
                    return ComplaintCommand.unchanged(complaint);
            }
        }
        switch (((Procedure.Communicative) procedure).at()) {
            case RECORDED:
                return complaint.confirmIdentity(ASSISTANT, at);
            case IDENTITY_CONFIRMED:
                return complaint.checkPaymentStatus(ASSISTANT, PaymentStanding.UP_TO_DATE, at);
            case PAYMENT_STATUS_CHECKED:
                return complaint.reply(ASSISTANT, Reply.plain("已答复"), at);
            case REFERRED_OR_ANSWERED:
                return complaint.returnVisit(ASSISTANT, true, at);
            case RETURN_VISITED:
                return complaint.close(ASSISTANT, at);
            default:
                return ComplaintCommand.unchanged(complaint);
        }
    }

    public static Arbitrary<EscalationTrigger> triggers() {
        return Arbitraries.oneOf(
                Arbitraries.of(1L, 2L).map(n -> new EscalationTrigger.RaisedAgain(new ComplaintId(new UUID(0xEA, n)))),
                Arbitraries.just(new EscalationTrigger.DissatisfiedAtReturnVisit(START_OF_2026)));
    }

    /** A command of any kind, taken 0 to 36 hours after the one before; the next step on the manual's path is favoured. */
    public static Arbitrary<ComplaintCommand> commands() {
        Arbitrary<Duration> after = Arbitraries.integers().between(0, 36 * 60).map(Duration::ofMinutes);
        Arbitrary<StaffMember> anyone = Arbitraries.of(ComplaintOffice.staff().toJavaList());
        Arbitrary<StaffMember> mostlyHead = Arbitraries.frequency(Tuple.of(4, ENGINEERING_HEAD), Tuple.of(1, SUPERVISOR));
        Arbitrary<Department> mostlyEngineering =
                Arbitraries.frequency(Tuple.of(4, Department.ENGINEERING), Tuple.of(1, Department.CLEANING));
        Arbitrary<Reply> replies = Arbitraries.frequency(
                Tuple.of(3, Reply.plain("已答复")), Tuple.of(1, Reply.promising("会处理", "done by Friday")));
        return Arbitraries.frequencyOf(
                Tuple.of(20, after.map(ComplaintCommand.NextStep::new)),
                Tuple.of(3, after.map(d -> new ComplaintCommand.DetermineNature(ASSISTANT, d))),
                Tuple.of(3, Combinators.combine(mostlyEngineering, after).as((dep, d) -> new ComplaintCommand.DetermineDepartment(ASSISTANT, dep, d))),
                Tuple.of(3, Combinators.combine(mostlyHead, after).as(ComplaintCommand.HeadOnSite::new)),
                Tuple.of(3, Combinators.combine(mostlyHead, after).as(ComplaintCommand.HeadHandles::new)),
                Tuple.of(3, after.map(d -> new ComplaintCommand.ConfirmIdentity(ASSISTANT, d))),
                Tuple.of(3, Combinators.combine(Arbitraries.of(PaymentStanding.class), after)
                        .as((s, d) -> new ComplaintCommand.CheckPaymentStatus(ASSISTANT, s, d))),
                Tuple.of(1, Combinators.combine(mostlyEngineering, after).as((dep, d) -> new ComplaintCommand.Refer(ASSISTANT, dep, d))),
                Tuple.of(3, Combinators.combine(anyone, replies, after).as(ComplaintCommand.Answer::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(MANAGER, SUPERVISOR), after).as(ComplaintCommand.ApproveCommitment::new)),
                Tuple.of(4, Combinators.combine(Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)), after)
                        .as((s, d) -> new ComplaintCommand.ReturnVisit(ASSISTANT, s, d))),
                Tuple.of(4, after.map(d -> new ComplaintCommand.Close(ASSISTANT, d))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(SUPERVISOR, ASSISTANT), classifications(), after)
                        .as(ComplaintCommand.Correct::new)),
                Tuple.of(1, Combinators.combine(triggers(), after).as(ComplaintCommand.Escalate::new)),
                Tuple.of(2, after.map(ComplaintCommand.Sweep::new)),
                Tuple.of(1, after.map(d -> new ComplaintCommand.WaitForResident(REPAIRER, d))),
                Tuple.of(1, after.map(d -> new ComplaintCommand.ResidentAvailable(REPAIRER, d))),
                Tuple.of(1, after.map(d -> new ComplaintCommand.RepairerOnSite(REPAIRER, d))),
                Tuple.of(1, after.map(d -> new ComplaintCommand.RepairCompleted(REPAIRER, d))));
    }

    public static Arbitrary<List<ComplaintCommand>> commandSequences() {
        return commands().list().ofMaxSize(30);
    }

    /** Durations from nothing to about a year, to the nanosecond. */
    public static Arbitrary<Duration> durations() {
        return Combinators.combine(Arbitraries.longs().between(0, 366L * 24 * 3600), Arbitraries.integers().between(0, 999_999_999))
                .as(Duration::ofSeconds);
    }

    /**
     * Any office's complaint policy (R-CO-4): an answer target in hours or working days, any
     * durations, any set of targets that pause (none included), warning windows for any of the
     * targets (none included), and any recurrence threshold.
     */
    public static Arbitrary<ComplaintPolicy> policies() {
        Arbitrary<AnswerWithin> answers = Arbitraries.oneOf(
                durations().filter(duration -> !duration.isZero()).map(AnswerWithin.Hours::new),
                Arbitraries.integers().between(1, 30).map(AnswerWithin.WorkingDays::new));
        Arbitrary<io.vavr.collection.Set<Target>> paused = Arbitraries.of(Target.class).set().map(io.vavr.collection.HashSet::ofAll);
        Arbitrary<io.vavr.collection.Map<Target, Duration>> dueSoon = Arbitraries.maps(Arbitraries.of(Target.class), durations())
                .map(io.vavr.collection.HashMap::ofAll);
        return Combinators.combine(answers, durations().list().ofSize(7), paused, dueSoon, Arbitraries.integers().between(2, 50))
                .as((answer, d, pauses, warnings, count) -> new ComplaintPolicy(answer, d.get(0), d.get(1), d.get(2), d.get(3), d.get(4),
                        pauses, warnings, d.get(5), count, d.get(6)));
    }

    // ---- what a store must keep ------------------------------------------------------------------

    /** The longest complainant reference every store keeps, in UTF-16 chars ({@link String#length()}). */
    public static final int MAX_COMPLAINANT_LENGTH = 100;

    /** The longest location every store keeps, in UTF-16 chars. */
    public static final int MAX_LOCATION_LENGTH = 200;

    /** How long the free texts of {@link #records()} get (accounts, replies, reasons); stores set them no limit. */
    public static final int LONG_TEXT_LENGTH = 4000;

    /**
     * Text as a desk types it, never blank and up to {@code maxLength} UTF-16 chars, often exactly
     * that many: Chinese (CJK characters outside the Basic Multilingual Plane such as 𠮷 and 𩸽
     * included, which need four bytes in UTF-8), Latin letters, digits, full-width and ASCII
     * punctuation, quotes, backslashes and inner blanks.
     */
    public static Arbitrary<String> texts(int maxLength) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.chars().range('\u4e00', '\u9fa5').map(String::valueOf)),
                Tuple.of(3, Arbitraries.chars().alpha().numeric().map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("𠮷", "𩸽", "，", "。", "：", "“", "”", " ", "-", "'", "\"", "\\", "%", "_", "\n")));
        Arbitrary<String> upTo = piece.list().ofMinSize(1).ofMaxSize(Math.min(maxLength, 60)).map(pieces -> String.join("", pieces));
        Arbitrary<String> longest = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofLength(maxLength)
                .map(text -> maxLength >= 3 ? text.substring(0, maxLength - 3) + "𠮷甲" : text);
        return Arbitraries.frequencyOf(Tuple.of(4, upTo), Tuple.of(1, longest))
                .filter(text -> !text.isBlank() && text.length() <= maxLength);
    }

    /** Intake facts in the desk's own words: any location and account, up to the longest a store keeps. */
    public static Arbitrary<IntakeFacts> recordedFacts() {
        return Combinators.combine(intakeFacts(), texts(MAX_LOCATION_LENGTH), texts(LONG_TEXT_LENGTH))
                .as((facts, location, account) -> new IntakeFacts(facts.subject(), new Location(location), facts.cause(), facts.ask(),
                        facts.repair(), facts.important(), account));
    }

    /** Any command, the ones carrying words included: replies and commitments, reasons to wait or to correct. */
    public static Arbitrary<ComplaintCommand> commandsInOwnWords() {
        Arbitrary<Duration> after = Arbitraries.integers().between(0, 36 * 60).map(Duration::ofMinutes);
        Arbitrary<Reply> replies = Combinators.combine(texts(LONG_TEXT_LENGTH), texts(LONG_TEXT_LENGTH).optional(0.3))
                .as((text, commitment) -> new Reply(text, Option.ofOptional(commitment)));
        return Arbitraries.frequencyOf(
                Tuple.of(10, commands()),
                Tuple.of(2, Combinators.combine(Arbitraries.of(ASSISTANT, MANAGER), replies, after).as(ComplaintCommand.Answer::new)),
                Tuple.of(1, Combinators.combine(texts(LONG_TEXT_LENGTH), after)
                        .as((reason, d) -> new ComplaintCommand.WaitForResidentBecause(REPAIRER, reason, d))),
                Tuple.of(1, Combinators.combine(classifications(), texts(LONG_TEXT_LENGTH), after)
                        .as((to, reason, d) -> new ComplaintCommand.CorrectBecause(SUPERVISOR, to, reason, d))));
    }

    /**
     * Any complaint a store must keep, each with an id of its own (random, so tries never collide in
     * one store): any complainant and facts in the desk's own words, registered at any instant of
     * 2026 to the nanosecond, then walked by 0 to 20 commands of any kind. Most tries have empty
     * pauses, no reply or no escalation; many have all of them.
     */
    public static Arbitrary<Complaint> records() {
        return recordVersions().map(versions -> versions.get(versions.size() - 1));
    }

    /**
     * Every version one of the {@link #records()} passed through, oldest first: the registered
     * complaint, then each command's result that changed it.
     */
    public static Arbitrary<List<Complaint>> recordVersions() {
        Arbitrary<Instant> instants = Combinators.combine(instantsOf2026(), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::plusNanos);
        return Combinators.combine(Arbitraries.create(UUID::randomUUID), texts(MAX_COMPLAINANT_LENGTH), recordedFacts(), instants,
                        commandsInOwnWords().list().ofMaxSize(20))
                .as((id, complainant, facts, at, commands) -> {
                    Complaint complaint = Complaint.register(new ComplaintId(id), OFFICE, new ComplainantId(complainant), facts,
                            ASSISTANT, Option.some(SUPERVISOR.id()), at).get().complaint();
                    List<Complaint> versions = new java.util.ArrayList<>(List.of(complaint));
                    Instant now = at;
                    for (ComplaintCommand command : commands) {
                        now = now.plus(command.after());
                        Either<Rejections<ComplaintRejection>, ComplaintOutcome> result = command.applyTo(complaint, now);
                        if (result.isRight() && result.get().changed()) {
                            complaint = result.get().complaint();
                            versions.add(complaint);
                        }
                    }
                    return List.copyOf(versions);
                });
    }
}
