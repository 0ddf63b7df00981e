package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;
import static org.propertydesk.domain.firstcontact.Requests.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("Answering a customer at the front desk")
class ForbiddenAnswersTest {

    private final ServiceRequest request = leakReportedAtFrontDesk();

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "这个我不知道。|I_DONT_KNOW",
        "不 知 道|I_DONT_KNOW",
        "不　知　道(full-width spaces)|I_DONT_KNOW",
        "不·知·道|I_DONT_KNOW",
        "不\u200B知道|I_DONT_KNOW",
        "没办法,您去找开发商吧|NOTHING_CAN_BE_DONE",
        "沒辦法|NOTHING_CAN_BE_DONE",
        "这个真的没有办法|NOTHING_CAN_BE_DONE",
        "那个不归我管|NOT_MY_BUSINESS",
        "不歸我管|NOT_MY_BUSINESS",
        "不「归」我管|NOT_MY_BUSINESS",
        "这与我无关!|NOTHING_TO_DO_WITH_ME",
        "這與我無關|NOTHING_TO_DO_WITH_ME",
        "这跟我无关|NOTHING_TO_DO_WITH_ME",
        "Sorry, I don't know.|I_DONT_KNOW",
        "I DON’T KNOW|I_DONT_KNOW",
        "Ｉ　ｄｏｎ'ｔ　ｋｎｏｗ|I_DONT_KNOW",
        "i do not   know|I_DONT_KNOW",
        "Nothing can be done about it.|NOTHING_CAN_BE_DONE",
        "That's not my business|NOT_MY_BUSINESS",
        "It has nothing to do with me|NOTHING_TO_DO_WITH_ME",
    })
    @DisplayName("R-FC-8: a reply containing a forbidden answer is refused, naming the phrase found, however it is written")
    void refused(String reply, ForbiddenAnswer expected) {
        var refusal = Requests.refused(request.reply(FRONT_DESK, reply, at(request)));

        assertThat(refusal.reasons()).singleElement().isInstanceOfSatisfying(FirstContactRejection.ForbiddenAnswerGiven.class, given -> {
            assertThat(given.answer()).isEqualTo(expected);
            assertThat(given.found()).isNotBlank();
            assertThat(given.reason()).contains(expected.chinese());
        });
        assertThat(refusal.rules()).containsExactly(Rule.R_FC_8);
    }

    @Test
    @DisplayName("R-FC-8: every forbidden answer in one reply is named, not only the first")
    void everyPhrase() {
        var refusal = Requests.refused(request.reply(FRONT_DESK, "不知道,没办法,这事不归我管,与我无关", at(request)));

        assertThat(refusal.reasons()).extracting(reason -> ((FirstContactRejection.ForbiddenAnswerGiven) reason).answer())
                .containsExactly(ForbiddenAnswer.values());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "您好,维修师傅下午两点上门,预计四点前修好。",
        "我帮您问清楚政策,十分钟内给您回电。",
        "我不。知道您着急,马上安排",
        "I know the lift is out; the repairer arrives at 2 pm.",
        "We don't knowingly leave matters open.",
        "办法有的:我们今天就处理。",
    })
    @DisplayName("R-FC-8: a helpful reply passes, even when forbidden words lie across a sentence boundary or inside other words")
    void helpfulRepliesPass(String reply) {
        ServiceRequest answered = ok(request.reply(FRONT_DESK, reply, at(request)));

        assertThat(answered.replies()).singleElement().satisfies(kept -> assertThat(kept.text()).isEqualTo(reply.strip()));
    }

    @Test
    @DisplayName("R-FC-8: an empty reply is no answer either")
    void emptyReply() {
        assertThat(Requests.refused(request.reply(FRONT_DESK, "  ", at(request))).reasons())
                .containsExactly(new FirstContactRejection.EmptyReply());
    }
}
