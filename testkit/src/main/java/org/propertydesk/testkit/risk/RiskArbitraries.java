package org.propertydesk.testkit.risk;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Arrears;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.IncidentRecord;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.NoticeState;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.Utility;
import org.propertydesk.domain.risk.WorkOrderId;

/**
 * jqwik arbitraries for the risk context, valid by construction and shrinking toward small,
 * early values: arrears with their proven demands, limitation policies, addressees, key
 * recipients and conduct (R-RN-1..R-RN-9).
 *
 * <p>For a store's round trip, {@link #notices()}, {@link #recordedArrears()},
 * {@link #hazardousWorks()}, {@link #incidentRecords()} and {@link #namedKeyRecipients()} give
 * whole records in every state, with names in Latin and Chinese script (now and then beyond the
 * Basic Multilingual Plane), names and references up to {@value #NAME_LENGTH} characters, prose up
 * to {@value #PROSE_LENGTH}, and empty collections.
 */
public final class RiskArbitraries {

    /** The office every generated record belongs to. */
    public static final OfficeId OFFICE = new OfficeId(new UUID(0x0FF1CEL, 1));

    public static final StaffId CLERK = new StaffId(new UUID(0x57AFFL, 1));

    /** A recording instant for generated events; the rules under test read dates, not this. */
    public static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

    /** The longest name or archive reference (a unit, shop, place, hazard, fee) a store must keep. */
    public static final int NAME_LENGTH = 200;

    /** The longest free text (a breach, a matter, an incident's description) the round trips try. */
    public static final int PROSE_LENGTH = 4000;

    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    /** 1900-01-01 to 2100-01-01, in seconds since the epoch. */
    private static final long EARLIEST = -2_208_988_800L;
    private static final long LATEST = 4_102_444_800L;

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

    // ---- whole records, for stores' round trips ----------------------------------------------

    /** Names and references: Latin, Chinese and fullwidth text, up to {@value #NAME_LENGTH} characters. */
    public static Arbitrary<String> names() {
        return text(NAME_LENGTH);
    }

    /** Free text up to {@value #PROSE_LENGTH} characters, line breaks included. */
    public static Arbitrary<String> prose() {
        return text(PROSE_LENGTH);
    }

    /**
     * Text of at most {@code max} UTF-16 chars: mostly shorter, sometimes exactly {@code max}, and
     * sometimes with a character outside the Basic Multilingual Plane (an emoji, a rare 汉字) that
     * takes four bytes in UTF-8.
     */
    private static Arbitrary<String> text(int max) {
        Arbitrary<String> shorter = characters().ofMaxLength(max);
        Arbitrary<String> longest = characters().ofLength(max);
        Arbitrary<String> withRareCharacter = Combinators.combine(characters().ofMaxLength(max - 2), Arbitraries.of("😀", "🏠", "𠀋", "𪚥"))
                .as((plain, rare) -> plain.substring(0, plain.length() / 2) + rare + plain.substring(plain.length() / 2));
        return Arbitraries.frequencyOf(Tuple.of(6, shorter), Tuple.of(2, longest), Tuple.of(2, withRareCharacter));
    }

    private static StringArbitrary characters() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u4e00', '\u9fa5')
                .withCharRange('\u3000', '\u303f')
                .withCharRange('\uff01', '\uff5e')
                .withChars('\n', '\t', 'é', 'ß');
    }

    /** Instants between 1900 and 2100, to the nanosecond. */
    public static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(EARLIEST, LATEST), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /** Any version a stored record can have and still be updated once more. */
    private static Arbitrary<Long> versions() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE - 1);
    }

    private static <I> Arbitrary<I> ids(Function<UUID, I> type) {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as((high, low) -> type.apply(new UUID(high, low)));
    }

    /** Any party by any channel, named in any script; postings go by posting. */
    public static Arbitrary<Addressee> namedAddressees() {
        return Combinators.combine(Arbitraries.of(Party.class), Arbitraries.of(Channel.class), names())
                .as((party, channel, who) -> party == Party.PUBLIC_POSTING || channel == Channel.POSTED
                        ? Addressee.posting(who)
                        : Addressee.to(party, who, channel));
    }

    /** The particulars of every kind of notice. */
    public static Arbitrary<Particulars> particulars() {
        return Arbitraries.oneOf(
                Combinators.combine(prose(), Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Particulars.Rectification::new),
                ids(ArrearsId::new).map(Particulars.ArrearsDemand::new),
                Combinators.combine(prose(), instants()).as(Particulars.AdvanceNotice::new),
                Combinators.combine(ids(WorkOrderId::new), names()).as(Particulars.SafetyWarning::new),
                prose().map(Particulars.ForceMajeure::new),
                Combinators.combine(Arbitraries.of(Utility.class), instants()).as(Particulars.PlannedOutage::new),
                Combinators.combine(Arbitraries.of(Utility.class), instants()).as(Particulars.MunicipalOutage::new));
    }

    /** Every kind of proof: stub, delivery receipt, photo of a posting, utility notice, progress update. */
    public static Arbitrary<Evidence> evidence() {
        return Arbitraries.oneOf(
                Combinators.combine(names(), instants()).as(Evidence.Stub::new),
                Combinators.combine(namedAddressees(), instants(), names(), instants()).as(Evidence.DeliveryReceipt::new),
                Combinators.combine(names().map(Addressee::posting), names(), instants()).as(Evidence.Photo::new),
                Combinators.combine(names(), instants()).as(Evidence.UtilityNotice::new),
                Combinators.combine(names(), instants()).as(Evidence.ProgressUpdate::new));
    }

    /**
     * Notices of {@link #OFFICE} in every state of {@link Notice#LIFECYCLE}, with the instants that
     * state implies (issued, served, ended), 0–4 addressees and 0–5 pieces of evidence (none once
     * disposed of).
     */
    public static Arbitrary<Notice> notices() {
        Arbitrary<Timeline> timelines = Combinators.combine(Arbitraries.of(NoticeState.class), instants(), Arbitraries.of(true, false))
                .as(Timeline::of);
        return Combinators.combine(
                        ids(NoticeId::new),
                        versions(),
                        ids(StaffId::new),
                        particulars(),
                        namedAddressees().list().ofMaxSize(4).map(List::ofAll),
                        timelines,
                        evidence().list().ofMaxSize(5).map(List::ofAll))
                .as((id, version, by, particulars, addressees, timeline, evidence) -> new Notice(
                        id, OFFICE, version, by, particulars, addressees, timeline.state(), timeline.drafted(),
                        timeline.issued(), timeline.served(), timeline.ended(),
                        timeline.state() == NoticeState.DISPOSED ? List.empty() : evidence));
    }

    /** When a notice in {@code state} was drafted, issued, served and ended, along one path of the lifecycle to it. */
    private record Timeline(NoticeState state, Instant drafted, Option<Instant> issued, Option<Instant> served, Option<Instant> ended) {

        static Timeline of(NoticeState state, Instant drafted, boolean wasServed) {
            Option<Instant> issued = Option.some(drafted.plus(Duration.ofHours(1)));
            Option<Instant> served = Option.some(drafted.plus(Duration.ofDays(1)));
            Option<Instant> ended = Option.some(drafted.plus(Duration.ofDays(30)));
            return switch (state) {
                case DRAFTED -> new Timeline(state, drafted, Option.none(), Option.none(), Option.none());
                case ISSUED -> new Timeline(state, drafted, issued, Option.none(), Option.none());
                case SERVED -> new Timeline(state, drafted, issued, served, Option.none());
                case CLOSED -> new Timeline(state, drafted, issued, served, ended);
                case WITHDRAWN -> new Timeline(state, drafted, wasServed ? issued : Option.none(), Option.none(), ended);
                case DISPOSED -> wasServed
                        ? new Timeline(state, drafted, issued, served, ended)
                        : new Timeline(state, drafted, Option.none(), Option.none(), ended);
            };
        }
    }

    /**
     * Arrears as {@link #arrears(LimitationPolicy)} makes them under any policy (0–3 served
     * demands, settled or not), owed by any unit for any fee, named in any script.
     */
    public static Arbitrary<Arrears> recordedArrears() {
        return Combinators.combine(limitationPolicies().flatMap(RiskArbitraries::arrears), names(), names())
                .as((owed, fee, debtor) -> new Arrears(owed.id(), owed.office(), owed.version(), fee, debtor, owed.dueOn(),
                        owed.servedDemands(), owed.settledOn()));
    }

    /** Work orders in every state; started and finished ones have their warning registered (R-RN-5). */
    public static Arbitrary<HazardousWork> hazardousWorks() {
        return Combinators.combine(
                        ids(WorkOrderId::new),
                        versions(),
                        names(),
                        names(),
                        Arbitraries.of(HazardousWork.State.class),
                        ids(NoticeId::new),
                        Arbitraries.of(true, false))
                .as((id, version, place, hazard, state, sign, registered) -> new HazardousWork(id, OFFICE, version, place, hazard, state,
                        registered || state != HazardousWork.State.PLANNED ? Option.some(sign) : Option.none()));
    }

    /** Records of lawful conduct only (anything else is refused, R-RN-8), 0–5 actions, repeats allowed. */
    public static Arbitrary<IncidentRecord> incidentRecords() {
        Arbitrary<ConductAction> lawful = Arbitraries.of(List.of(ConductAction.values()).filter(ConductAction::lawful).asJava());
        return Combinators.combine(
                        ids(IncidentId::new),
                        ids(StaffId::new),
                        prose(),
                        lawful.list().ofMaxSize(5).map(List::ofAll),
                        instants())
                .as((id, by, description, actions, at) -> new IncidentRecord(id, OFFICE, 0, by, description, actions, at));
    }

    /** 0–5 shops and 0–5 key units, named in any script. */
    public static Arbitrary<KeyRecipients> namedKeyRecipients() {
        return Combinators.combine(names().set().ofMaxSize(5), names().set().ofMaxSize(5))
                .as((shops, keyUnits) -> new KeyRecipients(TreeSet.ofAll(shops), TreeSet.ofAll(keyUnits)));
    }
}
