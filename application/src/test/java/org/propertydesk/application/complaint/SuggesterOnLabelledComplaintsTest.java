package org.propertydesk.application.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.ClassificationSuggester;
import org.propertydesk.domain.complaint.CommunicativeKind;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Suggestion;
import org.propertydesk.domain.complaint.Utility;

/**
 * The shipped lexicon against short complaints written for this test, in Chinese and English,
 * covering every class (R-CO-1). The accuracy is printed; the test keeps a floor under it.
 */
@DisplayName("R-CO-1: the bilingual suggester proposes the right class for labelled complaints")
class SuggesterOnLabelledComplaintsTest {

    static final double ACCURACY_FLOOR = 0.85;

    private final ClassificationSuggester suggester = BundledLexicon.suggester();

    private static Tuple2<String, Classification> e(Subject subject, String text) {
        return Tuple.of(text, new Classification.Effective(subject));
    }

    private static Tuple2<String, Classification> c(CommunicativeKind kind, String text) {
        return Tuple.of(text, new Classification.Communicative(kind));
    }

    static final List<Tuple2<String, Classification>> LABELLED = List.of(
            e(Subject.CLEANING, "楼道垃圾三天没人清理，保洁太不负责了"),
            e(Subject.CLEANING, "The cleaner has not cleaned the stairwell for a week, this is negligence."),
            e(Subject.CLEANING, "电梯里很脏，保洁员根本没打扫"),
            e(Subject.CLEANING, "小区垃圾桶满了一整天都没有清运"),
            e(Subject.PARKING_AND_VEHICLES, "地下车库的车位被外来车辆占用，管理处不管"),
            e(Subject.PARKING_AND_VEHICLES, "The parking attendant let strangers park in my reserved space again and did nothing."),
            e(Subject.PARKING_AND_VEHICLES, "道闸坏了好几天，车辆乱停没人管理"),
            e(Subject.PARKING_AND_VEHICLES, "车库的车辆管理混乱，保安乱指挥停车"),
            e(Subject.SECURITY, "晚上门岗保安在睡觉，陌生人随便进出小区"),
            e(Subject.SECURITY, "The security guard was asleep at the gate and let strangers walk in."),
            e(Subject.SECURITY, "保安态度恶劣，还和业主吵架"),
            e(Subject.SECURITY, "保安巡逻不到位，楼里进了小偷"),
            e(Subject.GREENING, "绿化带的草坪一个月没修剪，树枝都枯死了也没人管"),
            e(Subject.GREENING, "Nobody has watered the garden for weeks and the plants are dying; the greening contractor is not doing its job."),
            e(Subject.GREENING, "物业没有按时修剪树木，树枝挡住了窗户"),
            e(Subject.CHARGES, "物业乱收费，这个月多收了我两百元"),
            e(Subject.CHARGES, "You overcharged me on the management fee this month, I was billed twice."),
            e(Subject.CHARGES, "停车费收费标准不对，多收了钱"),
            e(Subject.CHARGES, "物业多收了我的水电费代缴手续费，这是违规收费"),
            e(Subject.CHARGES, "The management office charged me a fee that is not in the contract."),
            e(Subject.EQUIPMENT_REPAIR, "报修三天了维修工还没来，电梯一直坏着"),
            e(Subject.EQUIPMENT_REPAIR, "I reported the broken lift last week and still nobody came to repair it."),
            e(Subject.EQUIPMENT_REPAIR, "维修工修完水管又漏了，维修质量太差"),
            e(Subject.EQUIPMENT_REPAIR, "The lift has broken down three times this month and maintenance is neglected."),
            e(Subject.EQUIPMENT_REPAIR, "门禁坏了一个星期都没修好，物业不负责"),
            e(Subject.OTHER_SERVICE, "前台客服态度很差，电话也没人接"),
            e(Subject.OTHER_SERVICE, "The front desk staff were rude and ignored my request."),
            c(CommunicativeKind.HELP_SEEKING, "我家厨房水管漏水了，请派人来修"),
            c(CommunicativeKind.HELP_SEEKING, "卫生间马桶堵了，麻烦安排维修"),
            c(CommunicativeKind.HELP_SEEKING, "My kitchen tap is leaking, can someone come and fix it?"),
            c(CommunicativeKind.HELP_SEEKING, "家里跳闸了，灯不亮，请帮忙看看"),
            c(CommunicativeKind.HELP_SEEKING, "The light in my bathroom is broken, please send a repairer."),
            c(CommunicativeKind.HELP_SEEKING, "钥匙锁在家里了，请帮忙开门"),
            c(CommunicativeKind.HELP_SEEKING, "I locked myself out, please help me open the door."),
            c(CommunicativeKind.HELP_SEEKING, "我家门锁坏了，需要报修"),
            c(CommunicativeKind.HELP_SEEKING, "我家水管爆了，急需维修！"),
            c(CommunicativeKind.HELP_SEEKING, "Please help, water is leaking from my ceiling."),
            c(CommunicativeKind.CONSULTING, "今天小区停水了，什么时候来水？"),
            c(CommunicativeKind.CONSULTING, "突然停电了，是供电局的问题吗？"),
            c(CommunicativeKind.CONSULTING, "The telecom broadband has been down for two days, when will it be fixed?"),
            c(CommunicativeKind.CONSULTING, "自来水水质发黄，是自来水公司的问题吗"),
            c(CommunicativeKind.CONSULTING, "请问什么时候恢复供电？"),
            c(CommunicativeKind.CONSULTING, "请问物业费怎么交？"),
            c(CommunicativeKind.CONSULTING, "咨询一下，小区可以办理临时停车证吗？"),
            c(CommunicativeKind.CONSULTING, "How do I pay the management fee online?"),
            c(CommunicativeKind.CONSULTING, "请问装修需要办理什么手续？"),
            c(CommunicativeKind.CONSULTING, "What are the opening hours of the clubhouse?"),
            c(CommunicativeKind.CONSULTING, "建议在小区门口增加一个快递柜"),
            c(CommunicativeKind.CONSULTING, "I suggest adding more benches in the garden."),
            c(CommunicativeKind.CONSULTING, "请问垃圾分类的投放时间是几点？"),
            c(CommunicativeKind.CONSULTING, "Could you tell me when the swimming pool reopens?"),
            c(CommunicativeKind.CONSULTING, "想了解一下车位租金是多少"),
            c(CommunicativeKind.CONSULTING, "Is there a fee for an extra access card?"),
            c(CommunicativeKind.VENTING, "There is a city power outage again, this is so annoying!"),
            c(CommunicativeKind.VENTING, "燃气公司的管道检修，到现在还没通气，太烦人了"),
            c(CommunicativeKind.VENTING, "门口市政道路挖开一个月了，进出很不方便"),
            c(CommunicativeKind.VENTING, "快递和邮件总是送错，邮局太差了"),
            c(CommunicativeKind.VENTING, "楼上邻居天天晚上装修太吵了，我受不了了"),
            c(CommunicativeKind.VENTING, "My neighbour's dog barks all night, I am fed up."),
            c(CommunicativeKind.VENTING, "小区里有人遛狗不拴绳，真让人生气"),
            c(CommunicativeKind.VENTING, "隔壁的空调外机滴水到我家阳台，太烦了"),
            c(CommunicativeKind.VENTING, "I am unhappy that the fee went up this year, it feels unfair."),
            c(CommunicativeKind.VENTING, "对物业费涨价很不满意，心里不平衡"),
            c(CommunicativeKind.VENTING, "I'm frustrated with the noise from the construction site next door."),
            c(CommunicativeKind.VENTING, "邻居占用楼道堆放杂物，说了也不听，很气愤"));

    /**
     * Complaints written after the lexicon was settled and never used to tune it: an honest,
     * if small, measure of how the suggester does on wording it has not seen.
     */
    static final List<Tuple2<String, Classification>> UNSEEN = List.of(
            e(Subject.CLEANING, "走廊的地毯一直没人清洗，物业根本不负责"),
            e(Subject.CHARGES, "Why did you charge me twice for the water bill? This is a billing error by the management office."),
            e(Subject.SECURITY, "门岗保安不登记外来人员，小区治安很差，没人管"),
            e(Subject.EQUIPMENT_REPAIR, "单元门的门禁报修两次了还没修好"),
            e(Subject.PARKING_AND_VEHICLES, "Cars are parked on the fire lane every night and the guards do nothing."),
            c(CommunicativeKind.HELP_SEEKING, "我家阳台的水管坏了，麻烦派个师傅来看看"),
            c(CommunicativeKind.HELP_SEEKING, "The toilet is blocked, could you send someone to fix it?"),
            c(CommunicativeKind.CONSULTING, "请问小区的快递柜在哪里？"),
            c(CommunicativeKind.CONSULTING, "When is the next owners' meeting?"),
            c(CommunicativeKind.CONSULTING, "整个片区停电了，请问大概多久能恢复？"),
            c(CommunicativeKind.VENTING, "楼下烧烤的油烟太大了，我很不满"),
            c(CommunicativeKind.VENTING, "The neighbours' kids are so noisy in the corridor, I am really annoyed."));

    static final double UNSEEN_FLOOR = 0.5;

    @Test
    @DisplayName("R-CO-1: on complaints it was not tuned on, the suggester's accuracy is reported and kept above a lower floor")
    void accuracyOnUnseenWording() {
        long hits = UNSEEN.count(sample -> suggester.suggest(sample._1).map(Suggestion::classification).contains(sample._2));
        double accuracy = (double) hits / UNSEEN.size();
        System.out.printf("R-CO-1 suggester accuracy on unseen wording: %.1f%% (%d of %d)%n", accuracy * 100, hits, UNSEEN.size());
        UNSEEN.filter(sample -> !suggester.suggest(sample._1).map(Suggestion::classification).contains(sample._2))
                .forEach(sample -> System.out.println("  miss: " + sample._1 + " — expected " + sample._2 + ", got "
                        + suggester.suggest(sample._1).map(Suggestion::classification).map(Object::toString).getOrElse("nothing")));
        assertThat(accuracy).isGreaterThanOrEqualTo(UNSEEN_FLOOR);
    }

    @Test
    @DisplayName("R-CO-1: the labelled set has at least 60 complaints in both languages and covers every class")
    void theSetCoversEveryClass() {
        assertThat(LABELLED.size()).isGreaterThanOrEqualTo(60);
        assertThat(LABELLED.map(Tuple2::_2).distinct().size()).isEqualTo(Subject.values().length + CommunicativeKind.values().length);
        assertThat(LABELLED.count(sample -> sample._1.chars().anyMatch(ch -> ch >= 0x4E00))).isGreaterThanOrEqualTo(25);
        assertThat(LABELLED.count(sample -> sample._1.chars().allMatch(ch -> ch < 0x2E80))).isGreaterThanOrEqualTo(20);
    }

    @Test
    @DisplayName("R-CO-1: the suggester's accuracy on the labelled set stays above its floor (accuracy is reported)")
    void accuracyAboveTheFloor() {
        List<String> misses = LABELLED.filter(sample -> !suggester.suggest(sample._1).map(Suggestion::classification).contains(sample._2))
                .map(sample -> sample._1 + " — expected " + sample._2 + ", got "
                        + suggester.suggest(sample._1).map(Suggestion::classification).map(Object::toString).getOrElse("nothing"));
        double accuracy = 1.0 - (double) misses.size() / LABELLED.size();
        System.out.printf("R-CO-1 suggester accuracy: %.1f%% (%d of %d)%n", accuracy * 100, LABELLED.size() - misses.size(), LABELLED.size());
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertThat(accuracy).as("misses: %s", misses).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
    }

    @Test
    @DisplayName("R-CO-1: a suggestion shows its evidence: 乱收费 and 多收 make it an effective complaint about charges")
    void evidence() {
        Suggestion suggestion = suggester.suggest("物业乱收费，这个月多收了我两百元").get();
        assertThat(suggestion.classification()).isEqualTo(new Classification.Effective(Subject.CHARGES));
        assertThat(suggestion.evidence().map(Suggestion.Evidence::term)).contains("乱收费", "多收");
    }

    @Test
    @DisplayName("R-CO-1: a utility outage is suggested as communicative even when the resident is angry")
    void utilityStaysCommunicative() {
        Suggestion suggestion = suggester.suggest("又停电了，太烦人了").get();
        assertThat(suggestion.cause()).isEqualTo(new Cause.MunicipalUtility(Utility.POWER));
        assertThat(suggestion.classification().isEffective()).isFalse();
    }

    @Test
    @DisplayName("R-CO-1: text without any known word gets no suggestion rather than a guess")
    void noGuess() {
        assertThat(suggester.suggest("你好")).isEmpty();
    }
}
