package org.propertydesk.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.handover.HandoverFixture.*;

import io.vavr.collection.List;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-HO-6: the incoming person asks; without a clear answer they may refuse, and a superior decides")
class QuestionsAndRefusalTest {

    private static final QuestionId WHO_HAS_THE_KEY = new QuestionId(new UUID(10, 1));
    private static final Instant AT = minutesBeforeShiftChange(3);

    private InCount asked() {
        return right(counted().ask(MORNING_SHIFT, WHO_HAS_THE_KEY, "who holds the plant-room key?", AT)).handover();
    }

    @Test
    @DisplayName("R-HO-6: an unanswered question keeps both from signing")
    void unansweredQuestionBlocksSigning() {
        assertThat(left(asked().sign(NIGHT_SHIFT, PostSituation.calm(), AT)).reasons())
                .containsExactly(new HandoverRejection.UnansweredQuestions(List.of(WHO_HAS_THE_KEY)));
    }

    @Test
    @DisplayName("R-HO-6: only the incoming person asks and only the outgoing person answers")
    void rolesOfAskingAndAnswering() {
        assertThat(left(counted().ask(NIGHT_SHIFT, WHO_HAS_THE_KEY, "?", AT)).reasons())
                .containsExactly(new HandoverRejection.NotTheIncoming(NIGHT_SHIFT, MORNING_SHIFT));
        assertThat(left(asked().answer(MORNING_SHIFT, WHO_HAS_THE_KEY, "me", AT)).reasons())
                .containsExactly(new HandoverRejection.NotTheOutgoing(MORNING_SHIFT, NIGHT_SHIFT));
    }

    @Test
    @DisplayName("R-HO-6: a clear answer lets the signing proceed")
    void answeredQuestion() {
        InCount answered = right(asked().answer(NIGHT_SHIFT, WHO_HAS_THE_KEY, "engineering duty, signed out at 02:00", AT))
                .handover();

        assertThat(answered.count().unanswered()).isEmpty();
        assertThat(answered.sign(NIGHT_SHIFT, PostSituation.calm(), AT).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-HO-6: refusal needs a question left without a clear answer")
    void nothingToRefuse() {
        assertThat(left(counted().refuse(MORNING_SHIFT, AT)).reasons())
                .containsExactly(new HandoverRejection.NothingToRefuse());
    }

    @Test
    @DisplayName("R-HO-6: a refusal goes to the superior, whose ruling answers the question and resumes the count")
    void refusalEscalatesAndIsSettled() {
        var refused = right(asked().refuse(MORNING_SHIFT, AT));
        assertThat(refused.events()).containsExactly(
                new HandoverEvent.HandoverRefused(HANDOVER, OFFICE, MORNING_SHIFT, List.of(WHO_HAS_THE_KEY), AT));
        assertThat(refused.handover().responsibleAt(SHIFT_CHANGE.plusSeconds(3600))).isEqualTo(NIGHT_SHIFT);

        Escalated escalated = refused.handover().escalate(SUPERVISOR, AT).handover();
        assertThat(escalated.state()).isEqualTo(HandoverState.ESCALATED);
        assertThat(left(escalated.settle(MORNING_SHIFT, "ruling", AT)).reasons())
                .containsExactly(new HandoverRejection.NotTheSuperior(MORNING_SHIFT, SUPERVISOR));

        InCount resumed = right(escalated.settle(SUPERVISOR, "the key is in the duty manager's safe", AT)).handover();
        assertThat(resumed.count().questions().head().answer().get().by()).isEqualTo(SUPERVISOR);
        assertThat(resumed.sign(MORNING_SHIFT, PostSituation.calm(), AT).isRight()).isTrue();
    }
}
