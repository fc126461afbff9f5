package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Polyphones read in context, through {@link ChineseReader#explainPinyin}: each case is a sentence written for this
 * test, the characters to check, their numbered syllables and, where it matters, the rule that must have chosen them.
 */
class PinyinTest {

    private final ChineseReader reader = Readers.shared();

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the word's dictionary reading
                "银行行长在开会。| 银行行长 | yin2 hang2 hang2 zhang3",
                "他长大了，个子很长。| 长大 | zhang3 da4",
                "我们重新开始。| 重新 | chong2 xin1",
                "我了解这件事。| 了解 | liao3 jie3",
                "他着急地走了。| 着急 | zhao2 ji2",
                "音乐让人快乐。| 音乐 | yin1 yue4",
                "音乐让人快乐。| 快乐 | kuai4 le4",
                "朝气蓬勃的年轻人。| 朝气 | zhao1 qi4",
                "明朝的皇帝很多。| 明朝 | ming2 chao2",
                "他的仆人很忠心。| 仆人 | pu2 ren2",
                "我买了很多东西。| 东西 | dong1 xi5",
                "这个地方很安静。| 地方 | di4 fang5",
                "他请了一位大夫。| 大夫 | dai4 fu5",
                "他很有精神。| 精神 | jing1 shen2",
                // part of speech and neighbours
                "他还了钱。| 还 | huan2",
                "他还在家。| 还 | hai2",
                "他把钱还给我了。| 还 | huan2",
                "他还了解那里的情况。| 还 | hai2",
                "他还清楚地记得那天。| 还 | hai2",
                "他终于还清了债务。| 还 | huan2",
                "他走了。| 了 | le5",
                "他看着我。| 着 | zhe5",
                "他跑得很快。| 得 | de5",
                "他慢慢地走。| 地 | de5",
                "这些都是我的。| 都 | dou1",
                "他被贬为淮阴侯。| 为 | wei2",
                "我为你高兴。| 为 | wei4",
                "新款显示器型号为XG27。| 为 | wei2",
                "公司开始为OpenAI提供服务。| 为 | wei4",
                "好啦！| 啦 | la5",
                "她喜欢画画儿。| 儿 | r5",
                "他有一儿一女。| 儿 | er2",
                "啦啦队员来了。| 啦啦队 | la1 la1 dui4",
                "她用牛轧糖招待客人。| 牛轧糖 | niu2 ga2 tang2",
                "临终时，他把儿子叫到床前。| 把 | ba3",
                "这场比赛很精彩。| 场 | chang3",
                "墙上钉了一颗钉子。| 钉 | ding4",
                "他弯腰系鞋带。| 系 | ji4",
                "正月里供祖像。| 供 | gong4",
                "我们所处的世界正在变化。| 处 | chu3",
                "他笑了起来。| 起来 | qi5 lai5",
                "三四人径奔船尾。| 奔 | ben4",
                "他向前奔跑。| 奔跑 | ben1 pao3",
                "起来吧！| 起来 | qi3 lai5",
                "粮食都长了价钱。| 长 | zhang3",
                "时间长了。| 长 | chang2",
                // after a number, surnames, transliterations
                "见《宋史》第八卷。| 卷 | juan4",
                "见《隋书》卷四。| 卷 | juan4",
                "他把纸卷起来。| 卷 | juan3",
                "肖先生来了。| 肖 | xiao1",
                "这张肖像很像他。| 肖像 | xiao4 xiang4",
                "他住在武康路40弄。| 弄 | long4",
                "翟志明是一位作家。| 翟 | zhai2",
                "他曾在北京工作。| 曾 | ceng2",
                "托尔金在埃克塞特学院读书。| 塞 | sai4",
                "米哈伊尔·希什曼是沙皇。| 什 | shi2",
                "他说你在干什么。| 什么 | shen2 me5",
            })
    void readsEachCharacterInContext(String sentence, String characters, String expected) {
        assertEquals(expected, syllables(sentence, characters), () -> explain(sentence));
    }

    @Test
    void everyChoiceNamesTheRuleThatMadeIt() {
        List<PinyinChoice> choices = reader.explainPinyin("他还了钱，银行行长在第八卷里。");
        assertEquals(13, choices.size(), choices::toString);
        assertEquals("neighbouring words", choiceAt(choices, "还").rule());
        assertEquals("dictionary word", choiceAt(choices, "银").rule());
        assertEquals("after a number", choiceAt(choices, "卷").rule());
        assertTrue(choices.stream()
                .allMatch(c -> !c.rule().isEmpty() && !c.syllable().isEmpty()));
    }

    @Test
    void aReadingChosenFromTheSentencePutsItsGlossFirst() {
        Token er = reader.annotate("她喜欢画画儿。")
                .tokens()
                .filter(t -> t.text().equals("儿"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("r5"), er.syllables());
        assertTrue(
                er.glosses().get(0).senses().get(0).contains("suffix"),
                er.glosses().toString());
    }

    @Test
    void explanationsMatchTheAnnotatedTokens() {
        String text = Readers.sampleArticle();
        List<String> annotated = reader.annotate(text)
                .tokens()
                .filter(Token::isHan)
                .flatMap(t -> t.syllables().stream())
                .toList();
        List<String> explained =
                reader.explainPinyin(text).stream().map(PinyinChoice::syllable).toList();
        assertEquals(annotated, explained);
    }

    /** The syllables of the first occurrence of {@code characters} in {@code sentence}, space-separated. */
    private String syllables(String sentence, String characters) {
        int from = sentence.indexOf(characters);
        if (from < 0) throw new IllegalArgumentException(characters + " is not in " + sentence);
        int to = from + characters.length();
        return String.join(
                " ",
                reader.explainPinyin(sentence).stream()
                        .filter(c -> c.start() >= from && c.start() < to)
                        .map(PinyinChoice::syllable)
                        .toList());
    }

    private static PinyinChoice choiceAt(List<PinyinChoice> choices, String character) {
        return choices.stream()
                .filter(c -> c.character().equals(character))
                .findFirst()
                .orElseThrow();
    }

    private String explain(String sentence) {
        StringBuilder sb = new StringBuilder();
        for (PinyinChoice c : reader.explainPinyin(sentence)) {
            sb.append(c.character())
                    .append(' ')
                    .append(c.syllable())
                    .append(" (")
                    .append(c.rule())
                    .append(", ")
                    .append(c.word())
                    .append('/')
                    .append(c.tag())
                    .append(")\n");
        }
        return sb.toString();
    }
}
