package org.propertydesk.domain.firstcontact;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The answers first-contact duty forbids (R-FC-8; 4.7 不得使用“不知道”、“没办法”、“不归我管”等用语;
 * 服务态度 9 切不可说“这与我无关”). Each lists the written forms it is recognised by, in simplified
 * Chinese without spaces or punctuation and in lower-case English without apostrophes, as
 * {@link ReplyScreen} normalises a reply before looking.
 */
public enum ForbiddenAnswer {
    /** 不知道: "I don't know". */
    I_DONT_KNOW("不知道", "I don't know", List.of("不知道"), List.of("dont know", "do not know", "dunno")),
    /** 没办法: "nothing can be done". */
    NOTHING_CAN_BE_DONE("没办法", "nothing can be done", List.of("没办法", "没有办法"),
            List.of("nothing can be done", "nothing we can do", "nothing i can do", "theres no way", "there is no way")),
    /** 不归我管: "not my business". */
    NOT_MY_BUSINESS("不归我管", "not my business", List.of("不归我管"),
            List.of("not my business", "not my job", "not my problem", "not my responsibility")),
    /** 这与我无关: "nothing to do with me". */
    NOTHING_TO_DO_WITH_ME("这与我无关", "nothing to do with me", List.of("与我无关", "跟我无关", "和我无关"),
            List.of("nothing to do with me", "none of my business"));

    private final String chinese;
    private final String english;
    private final Seq<String> chineseForms;
    private final Seq<String> englishForms;

    ForbiddenAnswer(String chinese, String english, Seq<String> chineseForms, Seq<String> englishForms) {
        this.chinese = chinese;
        this.english = english;
        this.chineseForms = chineseForms;
        this.englishForms = englishForms;
    }

    /** The phrase as the manual writes it. */
    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    Seq<String> chineseForms() {
        return chineseForms;
    }

    Seq<String> englishForms() {
        return englishForms;
    }
}
