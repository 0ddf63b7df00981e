package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;

import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The service request as a state machine under random chains of commands — by the holder most of
 * the time, by anyone else sometimes — with the invariants of R-FC-1, R-FC-5 and R-FC-7 checked
 * after every step.
 */
class ServiceRequestProperties {

    /** One command of a chain; {@code actor} picks the holder when it is empty. */
    record Step(String action, Option<StaffMember> actor, StaffMember other, TransferMethod method, boolean flag, String text) {

        Either<Rejections<FirstContactRejection>, ServiceRequest.Outcome> apply(ServiceRequest request, Instant at) {
            StaffMember holder = request.holder().map(OfficeStaff::byId).getOrElse(CUSTOMER_SERVICE_SUPERVISOR);
            StaffMember by = actor.getOrElse(holder);
            Instant expected = Requests.TOMORROW.plus(Duration.ofDays(1));
            return switch (action) {
                case ServiceRequest.HANDLE -> request.handle(by, expected, at);
                case ServiceRequest.TRANSFER -> request.transfer(by, by.role().isOperator() && flag ? byId(by.superior().get()) : other,
                        method, flag ? Option.some(at) : Option.none(), Option.some(expected), at);
                case ServiceRequest.ACCEPT -> request.accept(actor.isEmpty() ? holder : by, flag, at);
                case ServiceRequest.ASSESS -> request.assess(by, Concern.of(other.department()), at);
                case ServiceRequest.FILE_COORDINATION_FORM -> request.fileCoordinationForm(by, by.department(),
                        TreeSet.of(by.department(), other.department()), CUSTOMER_SERVICE_SUPERVISOR, at);
                case ServiceRequest.REPLY -> request.reply(by, text, at);
                case ServiceRequest.RECORD_CONTACT -> request.recordContact(FirstContactPolicy.defaults(), at);
                case ServiceRequest.REPORT_COMPLETION -> request.reportCompletion(by, at, "已处理完毕", CUSTOMER_SERVICE_SUPERVISOR, at);
                case ServiceRequest.CLOSE -> request.close(actor.getOrElse(CUSTOMER_SERVICE_SUPERVISOR), at);
                default -> throw new IllegalStateException(action);
            };
        }
    }

    @Provide
    Arbitrary<List<Step>> chains() {
        Arbitrary<String> actions = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(ServiceRequest.TRANSFER)),
                net.jqwik.api.Tuple.of(6, Arbitraries.just(ServiceRequest.ACCEPT)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(ServiceRequest.HANDLE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(ServiceRequest.ASSESS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(ServiceRequest.FILE_COORDINATION_FORM)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(ServiceRequest.REPLY)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(ServiceRequest.RECORD_CONTACT)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(ServiceRequest.REPORT_COMPLETION)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(ServiceRequest.CLOSE)));
        Arbitrary<Option<StaffMember>> actors = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Option.<StaffMember>none())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(EVERYONE.toJavaList()).map(Option::some)));
        Arbitrary<String> texts = Arbitraries.of("维修师傅两点上门", "我不知道", "稍等,我帮您查一下", "not my business");
        Arbitrary<Step> steps = Combinators.combine(actions, actors, Arbitraries.of(EVERYONE.toJavaList()),
                        Arbitraries.of(TransferMethod.class), Arbitraries.of(true, false), texts)
                .as(Step::new);
        return steps.list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<ServiceRequest> received() {
        return Combinators.combine(Arbitraries.of(EVERYONE.toJavaList()), Arbitraries.of(RequestKind.class),
                        Arbitraries.of(Department.class).set().ofMaxSize(2), Arbitraries.of(Channel.class))
                .as((owner, kind, departments, channel) -> ServiceRequest.receive(new ServiceRequestId(new UUID(9, 9)), owner, kind,
                                channel, "张先生", "3-1202", "楼道灯不亮", new Concern(TreeSet.ofAll(departments), false), NINE)
                        .get()
                        .request());
    }

    @Property(tries = 200)
    @Label("R-FC-1, R-FC-5, R-FC-7: across any chain of commands the owner never changes, stays responsible until completion is reported, and a wrongly transferred request never moves again")
    void invariants(@ForAll("received") ServiceRequest start, @ForAll("chains") List<Step> chain) {
        ServiceRequest request = start;
        int succeeded = 0;
        for (Step step : chain) {
            Instant at = Requests.at(request);
            Stage.Status before = request.status();
            boolean wrongBefore = request.wronglyTransferred();
            int transfersBefore = request.transfers().size();
            var result = step.apply(request, at);
            if (result.isLeft()) {
                assertThat(result.getLeft().reasons()).isNotEmpty();
                continue;
            }
            succeeded++;
            ServiceRequest next = result.get().request();
            assertThat(ServiceRequest.LIFECYCLE.target(before, step.action())).contains(next.status());
            assertThat(next.version()).isEqualTo(request.version() + 1);
            assertThat(result.get().events()).isNotEmpty().allSatisfy(event -> assertThat(event.request()).isEqualTo(next.id()));
            // R-FC-1: the first-contact owner never changes
            assertThat(next.firstContact()).isEqualTo(start.firstContact());
            // R-FC-7: on the owner's "still mine" list exactly until completion is reported
            assertThat(next.isStillResponsibilityOf(start.firstContact())).isEqualTo(next.status().isOpen());
            assertThat(next.holder().isDefined()).isEqualTo(next.status().isOpen());
            assertThat(next.receptionEntries()).hasSize(1 + next.acceptances().size())
                    .allSatisfy(entry -> assertThat(entry.firstContact()).isEqualTo(start.firstContact()));
            // R-FC-5: once wrongly transferred, never transferred again
            if (wrongBefore) {
                assertThat(next.transfers()).hasSize(transfersBefore);
            }
            // R-FC-8: nothing forbidden was ever said to the customer
            assertThat(next.replies()).allSatisfy(reply -> assertThat(ReplyScreen.isClean(reply.text())).isTrue());
            request = next;
        }
        Statistics.label("final status").collect(request.status());
        Statistics.label("wrongly transferred").collect(request.wronglyTransferred());
        Statistics.label("commands accepted").collect(succeeded == 0 ? "none" : succeeded < 4 ? "1-3" : "4+");
    }

    @Property(tries = 200)
    @Label("R-FC-5: a wrongly transferred request is never transferred again — by anyone, to anyone, by any method, at any later step")
    void wrongTransferIsFinal(
            @ForAll("received") ServiceRequest start,
            @ForAll("staff") StaffMember recipient,
            @ForAll("staff") StaffMember actor,
            @ForAll TransferMethod method,
            @ForAll("chains") List<Step> before) {
        ServiceRequest request = start;
        for (Step step : before) {
            request = step.apply(request, Requests.at(request)).map(ServiceRequest.Outcome::request).getOrElse(request);
        }
        StaffMember holder = request.holder().map(OfficeStaff::byId).getOrElse(CLEANING_LEAD);
        Instant at = Requests.at(request);
        var wrongly = request.transfer(holder, CLEANING_LEAD, TransferMethod.PHONE_BRIDGE, Option.none(), Option.some(Requests.TOMORROW.plus(Duration.ofDays(1))), at)
                .flatMap(passed -> passed.request().accept(CLEANING_LEAD, true, at))
                .map(ServiceRequest.Outcome::request)
                .getOrElse(request);
        if (!wrongly.wronglyTransferred()) {
            Statistics.label("wrongly transferred").collect(false);
            return;
        }
        Statistics.label("wrongly transferred").collect(true);

        var again = wrongly.transfer(actor, recipient, method, Option.some(at), Option.some(Requests.TOMORROW.plus(Duration.ofDays(1))),
                Requests.at(wrongly));

        assertThat(again.isLeft()).isTrue();
        assertThat(again.getLeft().names(org.propertydesk.domain.kernel.Rule.R_FC_5)).isTrue();
    }

    @Provide
    Arbitrary<StaffMember> staff() {
        return Arbitraries.of(EVERYONE.toJavaList());
    }
}
