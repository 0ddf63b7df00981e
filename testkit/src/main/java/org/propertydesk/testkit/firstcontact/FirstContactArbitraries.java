package org.propertydesk.testkit.firstcontact;

import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.ForbiddenAnswer;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.RoutingQuestion;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
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
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true)))
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
