package org.propertydesk.testkit.risk;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Arrears;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.Party;

/**
 * jqwik arbitraries for the risk context, valid by construction and shrinking toward small,
 * early values: arrears with their proven demands, limitation policies, addressees, key
 * recipients and conduct (R-RN-1..R-RN-9).
 */
public final class RiskArbitraries {

    /** The office every generated record belongs to. */
    public static final OfficeId OFFICE = new OfficeId(new UUID(0x0FF1CEL, 1));

    public static final StaffId CLERK = new StaffId(new UUID(0x57AFFL, 1));

    /** A recording instant for generated events; the rules under test read dates, not this. */
    public static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    private RiskArbitraries() {}

    /** Due dates in 2020–2025, shrinking toward 2020-01-01. */
    public static Arbitrary<LocalDate> dueDates() {
        return Arbitraries.integers().between(0, 6 * 365).map(EPOCH::plusDays);
    }

    /** Two or three years, restarting on service or not, a warning window of 0–180 days. */
    public static Arbitrary<LimitationPolicy> limitationPolicies() {
        return Combinators.combine(
                        Arbitraries.of(Period.ofYears(2), Period.ofYears(3)),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 180).map(Period::ofDays))
                .as(LimitationPolicy::new);
    }

    /** Unsettled arrears with no demand yet. */
    public static Arbitrary<Arrears> freshArrears() {
        return Combinators.combine(Arbitraries.longs().between(1, 1_000_000), dueDates())
                .as((n, due) -> Arrears.record(new ArrearsId(new UUID(0xA11L, n)), OFFICE, "fee-" + n, "unit-" + n, due, RECORDED).state());
    }

    /**
     * Arrears with 0–3 demands proven served 0–1,200 days after the due date (some within the
     * period, some after it), settled or not.
     */
    public static Arbitrary<Arrears> arrears(LimitationPolicy policy) {
        return Combinators.combine(
                        freshArrears(),
                        Arbitraries.integers().between(0, 1200).list().ofMaxSize(3),
                        Arbitraries.integers().between(0, 9))
                .as((fresh, offsets, settledRoll) -> {
                    Arrears arrears = fresh;
                    long n = 0;
                    for (int offset : offsets) {
                        NoticeId demand = new NoticeId(new UUID(fresh.id().value().getLeastSignificantBits(), ++n));
                        arrears = arrears.recordServedDemand(demand, fresh.dueOn().plusDays(offset), policy, RECORDED)
                                .get().state();
                    }
                    return settledRoll == 0
                            ? arrears.settle(fresh.dueOn().plusDays(30), RECORDED).get().state()
                            : arrears;
                });
    }

    public static Arbitrary<Addressee> addressees() {
        return Arbitraries.of(Party.OWNER, Party.OCCUPANT, Party.SHOP, Party.KEY_UNIT, Party.AUTHORITY, Party.PUBLIC_POSTING)
                .flatMap(party -> party == Party.PUBLIC_POSTING
                        ? Arbitraries.of("lobby", "gate").map(Addressee::posting)
                        : Combinators.combine(
                                        Arbitraries.of("3-1201", "bakery", "clinic", "pharmacy"),
                                        Arbitraries.of(Channel.LETTER, Channel.HAND_DELIVERY_WITH_SIGNATURE,
                                                Channel.REGISTERED_MAIL, Channel.NOTARISED_SERVICE))
                                .as((who, channel) -> Addressee.to(party, who, channel)));
    }

    /** 0–2 shops and 0–2 key units named from a small set. */
    public static Arbitrary<KeyRecipients> keyRecipients() {
        return Combinators.combine(
                        Arbitraries.of("bakery", "pharmacy").set().ofMaxSize(2),
                        Arbitraries.of("clinic", "school").set().ofMaxSize(2))
                .as((shops, keyUnits) -> new KeyRecipients(TreeSet.ofAll(shops), TreeSet.ofAll(keyUnits)));
    }

    public static Arbitrary<ConductAction> conductActions() {
        return Arbitraries.of(ConductAction.class);
    }

    /** What staff did about an incident: 1–4 actions, lawful or not. */
    public static Arbitrary<List<ConductAction>> conduct() {
        return conductActions().list().ofMinSize(1).ofMaxSize(4).map(List::ofAll);
    }
}
