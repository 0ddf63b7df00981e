package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.NoticeState;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.RiskOutcome;
import org.propertydesk.domain.risk.RiskPolicy;
import org.propertydesk.domain.risk.Utility;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.risk.RiskRejection;
import io.vavr.control.Either;

@Label("R-RN-2, R-RN-7, R-RN-9: notices")
class NoticeProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Addressee OWNER_BY_LETTER = Addressee.to(Party.OWNER, "3-1201", Channel.LETTER);
    private static final Evidence.Stub STUB = new Evidence.Stub("stub", T0);

    private static Notice draft(Particulars particulars, Seq<Addressee> addressees) {
        return Notice.draft(new NoticeId(new UUID(3, 3)), RiskArbitraries.OFFICE, RiskArbitraries.CLERK, particulars, addressees, T0);
    }

    // ---- rectification (R-RN-2) ----

    record Rectification(boolean serious, boolean copy, List<Addressee> addressees, boolean stub) {}

    @Provide
    Arbitrary<Rectification> rectifications() {
        return Combinators.combine(
                        Arbitraries.of(true, false), Arbitraries.of(true, false),
                        RiskArbitraries.addressees().list().ofMinSize(1).ofMaxSize(3).map(List::ofAll),
                        Arbitraries.of(true, false))
                .as(Rectification::new);
    }

    @Property(tries = 200)
    @Label("R-RN-2: a rectification notice is issued iff the stub is kept, a debtor is addressed, a serious one goes by lawful channels, and a copy names the authority")
    void rectificationIssuedIffLawful(@ForAll("rectifications") Rectification r) {
        Notice notice = draft(new Particulars.Rectification("breach", r.serious(), r.copy()), r.addressees());
        var result = notice.issue(T0, r.stub() ? List.of(STUB) : List.empty(), KeyRecipients.none(), RiskPolicy.defaults());

        Seq<Addressee> debtors = notice.addressees().filter(a -> a.party() == Party.OWNER || a.party() == Party.OCCUPANT);
        boolean lawful = r.stub()
                && !debtors.isEmpty()
                && (!r.serious() || debtors.forAll(a -> a.channel().legallyRecognised()))
                && (!r.copy() || notice.addressees().exists(a -> a.party() == Party.AUTHORITY));
        Statistics.label("issued").collect(result.isRight());
        Statistics.label("issued").coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
        assertThat(result.isRight()).isEqualTo(lawful);
        if (result.isLeft()) {
            assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_2);
        }
    }

    // ---- planned outages (R-RN-7) ----

    record Outage(int leadHours, boolean posted, List<Addressee> written, KeyRecipients recipients) {}

    @Provide
    Arbitrary<Outage> outages() {
        Arbitrary<Addressee> stray = Combinators.combine(
                        Arbitraries.of(Party.SHOP, Party.KEY_UNIT), Arbitraries.of("bakery", "pharmacy", "clinic", "school"))
                .as((party, who) -> Addressee.to(party, who, Channel.LETTER));
        return RiskArbitraries.keyRecipients().flatMap(recipients -> {
            List<Addressee> everyone = recipients.shops().toList().map(shop -> Addressee.to(Party.SHOP, shop, Channel.LETTER))
                    .appendAll(recipients.keyUnits().toList().map(unit -> Addressee.to(Party.KEY_UNIT, unit, Channel.LETTER)));
            Arbitrary<List<Addressee>> written = Arbitraries.integers().between(0, 3).list().ofSize(everyone.size())
                    .map(rolls -> everyone.zip(rolls).filter(pair -> pair._2 > 0).map(pair -> pair._1));
            return Combinators.combine(
                            Arbitraries.integers().between(0, 72), Arbitraries.of(true, true, true, false),
                            written, stray.list().ofMaxSize(1).map(List::ofAll))
                    .as((lead, posted, chosen, extra) -> new Outage(lead, posted, chosen.appendAll(extra), recipients));
        });
    }

    @Property(tries = 200)
    @Label("R-RN-7: a planned cut is announced iff posted, written to every shop and key unit, and at least the lead time ahead")
    void plannedOutageIffAnnouncedInTime(@ForAll("outages") Outage o) {
        Instant cut = T0.plus(Duration.ofHours(o.leadHours()));
        List<Addressee> addressees = o.posted() ? o.written().append(Addressee.posting("lobby")) : o.written();
        var result = draft(new Particulars.PlannedOutage(Utility.POWER, cut), addressees)
                .issue(T0, List.of(STUB), o.recipients(), RiskPolicy.defaults());

        boolean everyoneWritten = o.recipients().shops().forAll(shop -> o.written().contains(Addressee.to(Party.SHOP, shop, Channel.LETTER)))
                && o.recipients().keyUnits().forAll(unit -> o.written().contains(Addressee.to(Party.KEY_UNIT, unit, Channel.LETTER)));
        boolean expected = o.posted() && everyoneWritten && o.leadHours() >= 24;
        Statistics.label("announced").collect(result.isRight());
        Statistics.label("announced").coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
        assertThat(result.isRight()).isEqualTo(expected);
        if (result.isLeft()) {
            assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_7);
        }
    }

    // ---- lifecycle as a chain of actions (R-RN-9) ----

    enum Action { ISSUE, SERVE, ADD_EVIDENCE, CLOSE, WITHDRAW, DISPOSE }

    @Provide
    Arbitrary<List<Action>> chains() {
        return Arbitraries.of(Action.class).list().ofMinSize(1).ofMaxSize(12).map(List::ofAll);
    }

    private static String actionName(Action action) {
        return switch (action) {
            case ISSUE -> Notice.ISSUE;
            case SERVE -> Notice.SERVE;
            case ADD_EVIDENCE -> Notice.ADD_EVIDENCE;
            case CLOSE -> Notice.CLOSE;
            case WITHDRAW -> Notice.WITHDRAW;
            case DISPOSE -> Notice.DISPOSE;
        };
    }

    private static Either<Rejections<RiskRejection>, RiskOutcome<Notice>> apply(Notice notice, Action action, Instant at) {
        return switch (action) {
            case ISSUE -> notice.issue(at, List.of(STUB), KeyRecipients.none(), RiskPolicy.defaults());
            case SERVE -> notice.recordService(at, List.empty());
            case ADD_EVIDENCE -> notice.addEvidence(new Evidence.Photo(Addressee.posting("lobby"), "photo", at), at);
            case CLOSE -> notice.close(at);
            case WITHDRAW -> notice.withdraw(at);
            case DISPOSE -> notice.disposeEvidence(at, RiskPolicy.defaults(), SHANGHAI);
        };
    }

    @Property(tries = 200)
    @Label("R-RN-9: along any chain of actions a notice moves only as its lifecycle allows, one version per move, never losing evidence before disposal")
    void lifecycleChain(@ForAll("chains") List<Action> chain) {
        Notice notice = draft(new Particulars.Rectification("bicycle in corridor", false, false), List.of(OWNER_BY_LETTER));
        Instant at = T0;
        int accepted = 0;
        for (Action action : chain) {
            at = at.plus(Duration.ofDays(400)); // far enough apart that retention has run out by the third step
            var result = apply(notice, action, at);
            boolean allowed = Notice.LIFECYCLE.allows(notice.state(), actionName(action));
            java.time.LocalDate today = at.atZone(SHANGHAI).toLocalDate();
            boolean retentionOver = notice.keptUntil(RiskPolicy.defaults(), SHANGHAI).forAll(today::isAfter);
            assertThat(result.isRight()).isEqualTo(allowed && (action != Action.DISPOSE || retentionOver));
            if (result.isRight()) {
                Notice next = result.get().state();
                assertThat(next.state()).isEqualTo(Notice.LIFECYCLE.target(notice.state(), actionName(action)).get());
                assertThat(next.version()).isEqualTo(notice.version() + 1);
                if (next.state() != NoticeState.DISPOSED) {
                    assertThat(next.evidence().take(notice.evidence().size())).isEqualTo(notice.evidence());
                }
                assertThat(result.get().events()).hasSize(1);
                notice = next;
                accepted++;
            } else {
                assertThat(result.getLeft().reasons()).isNotEmpty();
            }
        }
        Statistics.label("accepted moves").collect(Math.min(accepted, 3));
        Statistics.label("accepted moves").coverage(coverage -> coverage.check(3).percentage(p -> p > 5));
    }
}
