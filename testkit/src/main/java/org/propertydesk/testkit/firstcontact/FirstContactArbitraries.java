package org.propertydesk.testkit.firstcontact;

import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.FirstContactPolicy;
import org.propertydesk.domain.firstcontact.FirstContactRejection;
import org.propertydesk.domain.firstcontact.ForbiddenAnswer;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.RoutingQuestion;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.Stage;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * jqwik arbitraries for first-contact responsibility, valid by construction and shrinking toward
 * the simplest case (no departments named, the front desk as first contact, no transfers).
 */
public final class FirstContactArbitraries {

    /** When every generated request is received; later steps are a minute apart. */
    public static final Instant RECEIVED_AT = Instant.parse("2026-11-23T01:00:00Z");

    private FirstContactArbitraries() {}

    public static Arbitrary<Concern> concerns() {
        return Combinators.combine(Arbitraries.of(Department.class).set().ofMaxSize(3), Arbitraries.of(false, true))
                .as((departments, across) -> new Concern(TreeSet.ofAll(departments), across));
    }

    public static Arbitrary<RoutingQuestion> routingQuestions() {
        return Combinators.combine(
                        Arbitraries.of(Role.class),
                        Arbitraries.of(Department.class).set().ofMinSize(1).ofMaxSize(2).map(TreeSet::ofAll),
                        Arbitraries.of(RequestKind.class),
                        concerns())
                .as(RoutingQuestion::new);
    }

    /** A reply that a customer may be given. */
    public static Arbitrary<String> helpfulReplies() {
        return Arbitraries.of(
                "您好,维修师傅下午两点上门。", "我帮您问清楚政策,十分钟内回电。", "已转工程部赵工,他会直接与您联系。",
                "The repairer comes at 2 pm.", "We will call you back within the hour.");
    }

    /** A reply carrying one forbidden answer (R-FC-8), as the manual writes it. */
    public static Arbitrary<String> forbiddenReplies() {
        return Arbitraries.of(ForbiddenAnswer.class).map(answer -> "这个" + answer.chinese() + "。");
    }

    /** A request just received by someone of {@code office}. */
    public static Arbitrary<ServiceRequest> received(FirstContactOffice office) {
        return Combinators.combine(
                        Arbitraries.of(office.everyone().toJavaList()),
                        Arbitraries.of(RequestKind.class),
                        Arbitraries.of(Channel.class),
                        concerns(),
                        Arbitraries.longs().between(1, 1_000_000))
                .as((firstContact, kind, channel, concern, n) -> ServiceRequest.receive(new ServiceRequestId(new UUID(42, n)),
                                firstContact, kind, channel, "张先生", "3-1202", "楼道灯不亮", concern, RECEIVED_AT)
                        .get()
                        .request());
    }

    /**
     * A request with a history of transfers and acceptances: each hop goes from the holder to a
     * recipient the rules allow (an operator's direct superior, otherwise another supervisor), is
     * accepted by that recipient, and may be found wrong — after which the request stays put.
     */
    public static Arbitrary<ServiceRequest> withTransferHistory(FirstContactOffice office) {
        Arbitrary<Hop> hops = Combinators.combine(
                        Arbitraries.of(office.everyone().toJavaList()),
                        Arbitraries.of(TransferMethod.class),
                        Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
                .as(Hop::new);
        return Combinators.combine(received(office), hops.list().ofMaxSize(6))
                .as((request, history) -> {
                    ServiceRequest current = request;
                    for (Hop hop : history) {
                        current = hop.applyTo(current, office);
                    }
                    return current;
                });
    }

    // ---- what a store must keep ------------------------------------------------------------------

    /** The longest customer name every store keeps, in UTF-16 chars ({@link String#length()}). */
    public static final int MAX_CUSTOMER_NAME_LENGTH = 200;

    /** The longest customer contact every store keeps, in UTF-16 chars. */
    public static final int MAX_CUSTOMER_CONTACT_LENGTH = 200;

    /** How long the free texts of {@link #requests} get (matter, replies, results); stores set them no limit. */
    public static final int LONG_TEXT_LENGTH = 4000;

    /**
     * Text as a desk types it, never blank at either end and up to {@code maxLength} UTF-16 chars,
     * often exactly that many: Chinese (CJK characters outside the Basic Multilingual Plane such as
     * 𠮷 and 𩸽 included, which need four bytes in UTF-8), Latin letters, digits, full-width and
     * ASCII punctuation, quotes, backslashes and inner blanks.
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
                .filter(text -> text.length() <= maxLength && !text.isBlank() && text.strip().equals(text));
    }

    /**
     * Any request a store must keep, in {@code office}, each with an id of its own (random, so tries
     * never collide in one store): received from a customer named in their own words at any
     * nanosecond, then walked by 0 to 20 moves of whoever holds it — handling, transfers (by any
     * method, with consent) and acceptances (some wrong), assessments, coordination forms, replies,
     * repeat contacts, the completion report and closure. Empty collections are common, and so
     * are requests with every collection filled.
     */
    public static Arbitrary<ServiceRequest> requests(FirstContactOffice office) {
        return requestVersions(office).map(versions -> versions.get(versions.size() - 1));
    }

    /** Every version one of the {@link #requests} passed through, oldest first: as received, then after each move it accepted. */
    public static Arbitrary<List<ServiceRequest>> requestVersions(FirstContactOffice office) {
        Arbitrary<ServiceRequest> received = Combinators.combine(
                        Arbitraries.create(UUID::randomUUID),
                        Arbitraries.of(office.everyone().toJavaList()),
                        Arbitraries.of(RequestKind.class),
                        Arbitraries.of(Channel.class),
                        Combinators.combine(texts(MAX_CUSTOMER_NAME_LENGTH), texts(MAX_CUSTOMER_CONTACT_LENGTH), texts(LONG_TEXT_LENGTH))
                                .as(List::of),
                        concerns(),
                        Arbitraries.integers().between(0, 999_999_999))
                .as((id, firstContact, kind, channel, words, concern, nanos) -> ServiceRequest.receive(new ServiceRequestId(id),
                                firstContact, kind, channel, words.get(0), words.get(1), words.get(2), concern, RECEIVED_AT.plusNanos(nanos))
                        .get()
                        .request());
        return Combinators.combine(received, moves(office).list().ofMaxSize(20)).as((request, moves) -> {
            java.util.List<ServiceRequest> versions = new java.util.ArrayList<>(List.of(request));
            Instant at = request.receivedAt();
            for (Move move : moves) {
                at = at.plus(Duration.ofMinutes(7));
                Either<Rejections<FirstContactRejection>, ServiceRequest.Outcome> result =
                        move.applyTo(versions.get(versions.size() - 1), office, at);
                if (result.isRight()) {
                    versions.add(result.get().request());
                }
            }
            return List.copyOf(versions);
        });
    }

    /** One move of whoever holds a request; refused moves leave it as it was. */
    @FunctionalInterface
    private interface Move {
        Either<Rejections<FirstContactRejection>, ServiceRequest.Outcome> applyTo(ServiceRequest request, FirstContactOffice office, Instant at);
    }

    private static Arbitrary<Move> moves(FirstContactOffice office) {
        Arbitrary<StaffMember> anyone = Arbitraries.of(office.everyone().toJavaList());
        Arbitrary<Set<Department>> departments = Arbitraries.of(Department.class).set().ofMinSize(2).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.<Move>just((request, o, at) -> request.handle(holder(request, o), at.plus(Duration.ofDays(1)), at))),
                Tuple.of(5, Combinators.combine(anyone, Arbitraries.of(TransferMethod.class)).as((recipient, method) -> (Move) (request, o, at) -> {
                    StaffMember holder = holder(request, o);
                    StaffMember to = holder.role().isOperator() ? holder.superior().map(o::byId).getOrElse(recipient) : recipient;
                    return request.transfer(holder, to, method, Option.some(at), Option.some(at.plus(Duration.ofDays(2))), at);
                })),
                Tuple.of(4, Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)).map(wrong -> (Move) (request, o, at) ->
                        request.accept(request.stage() instanceof Stage.Transferred transferred ? o.byId(transferred.pending().to())
                                : holder(request, o), wrong, at))),
                Tuple.of(1, concerns().map(concern -> (Move) (request, o, at) -> request.assess(holder(request, o), concern, at))),
                Tuple.of(2, departments.map(named -> (Move) (request, o, at) -> {
                    Department lead = request.wronglyTransferredTo().getOrElse(named.iterator().next());
                    return request.fileCoordinationForm(holder(request, o), lead, TreeSet.ofAll(named).add(lead), o.customerServiceSupervisor, at);
                })),
                Tuple.of(2, texts(LONG_TEXT_LENGTH).map(text -> (Move) (request, o, at) -> request.reply(holder(request, o), text, at))),
                Tuple.of(2, Arbitraries.<Move>just((request, o, at) -> request.recordContact(FirstContactPolicy.defaults(), at))),
                Tuple.of(1, texts(LONG_TEXT_LENGTH).map(result -> (Move) (request, o, at) ->
                        request.reportCompletion(holder(request, o), at.minus(Duration.ofMinutes(1)), result, o.customerServiceSupervisor, at))),
                Tuple.of(1, Arbitraries.<Move>just((request, o, at) -> request.close(o.customerServiceSupervisor, at))));
    }

    /** Whoever has the request in hand now; once completed, the customer-service supervisor. */
    private static StaffMember holder(ServiceRequest request, FirstContactOffice office) {
        return request.holder().map(office::byId).getOrElse(office.customerServiceSupervisor);
    }

    /** One hop of a transfer history; a hop the rules refuse leaves the request as it was. */
    private record Hop(StaffMember recipient, TransferMethod method, boolean wrong) {

        ServiceRequest applyTo(ServiceRequest request, FirstContactOffice office) {
            Instant at = RECEIVED_AT.plus(Duration.ofMinutes(request.version()));
            StaffMember holder = office.byId(request.holder().get());
            StaffMember to = holder.role().isOperator() ? office.byId(holder.superior().get()) : recipient;
            return request.transfer(holder, to, method, Option.some(at), Option.some(at.plus(Duration.ofDays(1))), at)
                    .flatMap(passed -> passed.request().accept(to, wrong, at))
                    .map(ServiceRequest.Outcome::request)
                    .getOrElse(request);
        }
    }
}
