package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-RN-5: hazardous work cannot start without a registered warning sign")
class HazardousWorkWithoutWarningSignTest {

    private static final WorkOrderId MANHOLE = new WorkOrderId(new UUID(5, 1));
    private static final WorkOrderId OTHER = new WorkOrderId(new UUID(5, 2));
    private static final Addressee SIGN_AT_MANHOLE = Addressee.posting("manhole by gate 2");

    private static HazardousWork planned() {
        return HazardousWork.plan(MANHOLE, OFFICE, "gate 2", "open manhole", MONDAY_9AM).state();
    }

    private static Notice sign(WorkOrderId workOrder) {
        return issued(draft(new Particulars.SafetyWarning(workOrder, "open manhole"), SIGN_AT_MANHOLE), List.empty());
    }

    @Test
    @DisplayName("R-RN-5: starting before a warning is registered is refused")
    void noWarning() {
        var result = planned().start(MONDAY_9AM);

        assertThat(result.getLeft().reasons()).containsExactly(new RiskRejection.WarningNotRegistered(MANHOLE));
        assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_5);
    }

    @Test
    @DisplayName("R-RN-5: with the issued warning sign registered, the work starts")
    void withWarning() {
        HazardousWork signed = planned().registerWarning(sign(MANHOLE), MONDAY_9AM).get().state();

        var started = signed.start(MONDAY_9AM.plusSeconds(60));

        assertThat(started.get().state().state()).isEqualTo(HazardousWork.State.STARTED);
        assertThat(started.get().events()).singleElement().isInstanceOf(RiskEvent.HazardousWorkStarted.class);
    }

    @Test
    @DisplayName("R-RN-5: a sign for another work order, or one never issued, is not a warning for this one")
    void wrongSign() {
        Notice unissued = draft(new Particulars.SafetyWarning(MANHOLE, "open manhole"), SIGN_AT_MANHOLE);
        Notice forOther = sign(OTHER);

        assertThat(planned().registerWarning(forOther, MONDAY_9AM).getLeft().reasons())
                .containsExactly(new RiskRejection.NotAWarningFor(MANHOLE, forOther.id()));
        assertThat(planned().registerWarning(unissued, MONDAY_9AM).getLeft().reasons())
                .containsExactly(new RiskRejection.NotAWarningFor(MANHOLE, unissued.id()));
        assertThat(planned().start(MONDAY_9AM).isLeft()).isTrue();
    }

    @Test
    @DisplayName("R-RN-5: a warning sign is posted at the place")
    void signIsPosted() {
        Notice notPosted = draft(new Particulars.SafetyWarning(MANHOLE, "open manhole"), Addressee.to(Party.OWNER, "3-1201", Channel.LETTER));

        var result = notPosted.issue(MONDAY_9AM, stubOnly(), KeyRecipients.none(), RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).containsExactly(new RiskRejection.NotPosted(notPosted.id(), NoticeKind.SAFETY_WARNING));
    }
}
