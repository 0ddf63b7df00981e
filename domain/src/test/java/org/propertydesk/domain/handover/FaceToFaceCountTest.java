package org.propertydesk.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.handover.HandoverFixture.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-HO-5: items counted face to face, checked against the register")
class FaceToFaceCountTest {

    private static final java.time.Instant AT = minutesBeforeShiftChange(4);

    @Test
    @DisplayName("R-HO-5: the count cannot begin before the incoming person has arrived")
    void countIsFaceToFace() {
        assertThat(left(readyWithoutArrival().beginCount(NIGHT_SHIFT, PostSituation.calm(), AT)).reasons())
                .containsExactly(new HandoverRejection.IncomingNotArrived(MORNING_SHIFT));
    }

    @Test
    @DisplayName("R-HO-5: a missing radio without the outgoing person's explanation is refused")
    void missingItemNeedsExplanation() {
        assertThat(left(inCount().count(MORNING_SHIFT, RADIO.id(), Condition.MISSING, 0, Option.none(), AT)).reasons())
                .containsExactly(new HandoverRejection.UnexplainedDamageOrLoss(RADIO.id(), Condition.MISSING));
    }

    @Test
    @DisplayName("R-HO-5: a damaged item explained is recorded with its explanation")
    void damagedItemExplainedIsRecorded() {
        var outcome = right(inCount().count(MORNING_SHIFT, SHOW_FLAT_KEYS.id(), Condition.DAMAGED, 1,
                Option.some("key ring broke on patrol"), AT));

        assertThat(outcome.handover().count().results().get(SHOW_FLAT_KEYS.id()).get())
                .isEqualTo(new ItemCount(SHOW_FLAT_KEYS.id(), Condition.DAMAGED, 1, Option.some("key ring broke on patrol")));
    }

    @Test
    @DisplayName("R-HO-5: receipts that do not match the register must be verified with the outgoing person")
    void receiptMismatchMustBeVerified() {
        assertThat(left(inCount().count(MORNING_SHIFT, RECEIPT_BOOK.id(), Condition.PRESENT, 48, Option.none(), AT))
                .reasons()).containsExactly(new HandoverRejection.RegisterMismatchNotVerified(RECEIPT_BOOK.id(), 50, 48));
        assertThat(inCount().count(MORNING_SHIFT, RECEIPT_BOOK.id(), Condition.PRESENT, 48,
                Option.some("receipts 0049 and 0050 issued to 5-302 at 06:10"), AT).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-HO-5: an item not on the register cannot be counted, and every problem is named at once")
    void unknownItem() {
        ItemId stray = new ItemId(new UUID(6, 99));

        assertThat(left(inCount().count(STRANGER, stray, Condition.MISSING, -1, Option.none(), AT)).reasons())
                .containsExactly(
                        new HandoverRejection.NotAParty(STRANGER),
                        new HandoverRejection.UnknownItem(stray),
                        new HandoverRejection.NegativeCount(stray, -1),
                        new HandoverRejection.UnexplainedDamageOrLoss(stray, Condition.MISSING));
    }

    @Test
    @DisplayName("R-HO-5: a recount replaces the earlier result, so an item is never in two states")
    void recountReplaces() {
        InCount once = right(inCount().count(MORNING_SHIFT, RADIO.id(), Condition.MISSING, 0,
                Option.some("lent to patrol"), AT)).handover();
        InCount twice = right(once.count(MORNING_SHIFT, RADIO.id(), Condition.PRESENT, 1, Option.none(), AT)).handover();

        assertThat(twice.count().results()).hasSize(1);
        assertThat(twice.count().results().get(RADIO.id()).get().condition()).isEqualTo(Condition.PRESENT);
    }

    @Test
    @DisplayName("R-HO-5: nobody signs before every register line is counted")
    void uncountedItemsBlockSignature() {
        InCount partly = right(inCount().count(MORNING_SHIFT, RADIO.id(), Condition.PRESENT, 1, Option.none(), AT)).handover();

        assertThat(left(partly.sign(NIGHT_SHIFT, PostSituation.calm(), AT)).reasons())
                .containsExactly(new HandoverRejection.UncountedItems(List.of(SHOW_FLAT_KEYS.id(), RECEIPT_BOOK.id())));
    }

    @Test
    @DisplayName("R-HO-5: the register lists each item once")
    void duplicateRegisterLine() {
        var rejections = left(Handover.prepare(HANDOVER, OFFICE, FRONT_DESK, org.propertydesk.domain.kernel.Department.CUSTOMER_SERVICE,
                NIGHT_SHIFT, MORNING_SHIFT, SHIFT_CHANGE, FRONT_DESK_LOG, List.of(RADIO, RADIO), AT, POLICY));

        assertThat(rejections.reasons()).containsExactly(new HandoverRejection.DuplicateRegisterLine(RADIO.id()));
    }
}
