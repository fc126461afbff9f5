package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhreader.index.SentenceHit;
import io.github.zhreader.index.SentenceLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words and names a reader can trust: names the segmenter proposes must earn their place, dictionary words stay
 * whole, traditional text is converted word by word, and search folds the two scripts.
 */
class WordsAndNamesTest {

    private final ChineseReader reader = Readers.shared();

    /** The sentence's tokens, each with its tag when the tag is a name's: "钱 就 孔乙己/nr". */
    private String words(String text) {
        StringBuilder out = new StringBuilder();
        for (Token t : reader.annotate(text).tokens().toList()) {
            if (t.type() == TokenType.PUNCTUATION) continue;
            boolean name = t.tag().startsWith("nr")
                    || t.tag().startsWith("ns")
                    || t.tag().startsWith("nt");
            out.append(out.length() == 0 ? "" : " ").append(t.text()).append(name ? "/" + t.tag() : "");
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我们都去。|我们 都 去",
                "他还了钱就走了。|他 还 了 钱 就 走 了",
                "都已妥当。|都 已 妥当",
                "这真教我怕。|这 真 教 我 怕",
                "孔乙己花四文钱，温两碗酒。|孔乙己/nr 花 四 文 钱 温 两 碗 酒",
                "两周以后再说。|两 周 以后 再说",
                "便舍船，从口入。|便 舍 船 从 口 入",
                "春天去看什么花呢？|春天 去 看 什么 花 呢",
                "他买了一件花呢大衣。|他 买 了 一 件 花呢 大衣",
                "每条线上站着人|每 条 线 上 站 着 人",
                "山之高者，郁然而秀，其下有泉焉，清然而冽也。游者至此，乐而忘归。|山 之 高 者 郁然 而 秀 其 下 有 泉 焉 清然 而 冽 也 游 者 至此 乐 而 忘 归",
                "他欣然而往。|他 欣然 而 往",
                "他得了一场大病。|他 得 了 一 场 大病",
                "据经济参考报报道。|据 经济 参考 报 报道",
                "他很努力，然而失败了。|他 很 努力 然而 失败 了",
                "这是一片亚热带雨林。|这 是 一 片 亚热带 雨林",
                "我的朋友都去了。|我 的 朋友 都 去 了",
                "新华社北京12月31日电（记者王涛）|新华社/nt 北京/ns 12 月 31 日 电 记者 王涛/nr",
                "代表应向选民负责。|代表 应 向 选民 负责",
                "副总经理来了。|副 总经理 来 了",
            })
    void ordinaryWordsAreNotNamesAndFollowTheGrammar(String text, String expected) {
        assertEquals(expected, words(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "记者郭超凯报道。|记者 郭超凯/nr 报道",
                "王涛说，他很忙。|王涛/nr 说 他 很 忙",
                "缪小华去了北京。|缪小华/nr 去 了 北京/ns",
                "鲁镇的酒店的格局，是和别处不同的。|鲁镇/ns 的 酒店 的 格局 是 和 别处 不同 的",
                "咸亨酒店的掌柜是一副凶脸孔。|咸亨/nt 酒店 的 掌柜 是 一 副 凶 脸孔",
                "丁真火了以后，他不满丁真的走红。|丁真/nr 火 了 以后 他 不满 丁真/nr 的 走红",
                "陈俊中、何为担任导演。|陈俊中/nr 何为/nr 担任 导演",
                "庄亲王的王府原是明朝大太监刘瑾生前的住宅。|庄 亲王 的 王府 原 是 明朝 大 太监 刘瑾/nr 生前 的 住宅",
                "南阳刘子骥，高尚士也。|南阳 刘子骥/nr 高尚 士 也",
            })
    void realNamesStay(String text, String expected) {
        assertEquals(expected, words(text));
    }

    @Test
    void classicalProseHasNoFalseNames() {
        assertEquals("林 尽 水源 便 得 一 山 山 有 小 口 仿佛 若 有 光", words("林尽水源，便得一山，山有小口，仿佛若有光。"));
        assertEquals("自 云 先世 避 秦 时 乱", words("自云先世避秦时乱。"));
    }

    @Test
    void aForeignNameCutIntoPiecesIsJoined() {
        assertEquals("布什/nr 提名 拉姆斯菲尔德/nrf 出任 国防部长", words("布什提名拉姆斯菲尔德出任国防部长。"));
        assertEquals("于 加利福尼亚/ns 弗雷斯诺/nrf 创建 的", words("于加利福尼亚弗雷斯诺创建的。"));
        assertEquals("哈哈哈 太 好 了", words("哈哈哈，太好了。"));
        Token known = reader.annotate("美国国务卿奥尔布赖特访问朝鲜。")
                .tokens()
                .filter(t -> t.text().equals("奥尔布赖特"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Madeleine Albright (1937–2022), US Secretary of State 1997–2001",
                known.glosses().get(0).senses().get(0));
        Token name = reader.annotate("阿尔巴尼亚总统迈达尼说。")
                .tokens()
                .filter(t -> t.text().equals("迈达尼"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "transliterated foreign name: Maidani",
                name.glosses().get(0).senses().get(0));
        List<WordChoice> choices = reader.explainWords("美国国务卿奥尔布赖特访问朝鲜。");
        assertEquals(
                "奥尔布赖特 joined a foreign name spelt out, which the segmenter cut into pieces",
                choices.stream()
                        .filter(c -> c.text().equals("奥尔布赖特") && c.verdict().equals("joined"))
                        .map(c -> c.text() + " " + c.verdict() + " " + String.join("; ", c.reasons()))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void charactersAndLettersMakeTheWordTheDictionaryHas() {
        assertEquals("他 穿 着 一 件 T恤 去 唱 卡拉ok 吃饭 AA制", words("他穿着一件T恤，去唱卡拉ok，吃饭AA制。"));
        Token shirt = reader.annotate("一件T恤")
                .tokens()
                .filter(t -> t.text().equals("T恤"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "(loanword) T-shirt [T, xu4]", shirt.glosses().get(0).senses().get(0) + " " + shirt.syllables());
        Token karaoke = reader.annotate("去唱卡拉ok。")
                .tokens()
                .filter(t -> t.text().equals("卡拉ok"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "karaoke (loanword) [ka3, la1, o, k]",
                karaoke.glosses().get(0).senses().get(0) + " " + karaoke.syllables());
        Token thanks = reader.annotate("我真的栓Q了。")
                .tokens()
                .filter(t -> t.text().equals("栓Q"))
                .findFirst()
                .orElseThrow();
        assertEquals(GlossSource.CURATED, thanks.glosses().get(0).source());
        assertEquals(List.of("shuan1", "Q"), thanks.syllables());
        assertEquals("给 偶像 打call", words("给偶像打call。"));
    }

    @Test
    void aNameTheSegmenterMissedIsProposedAfterATitle() {
        assertEquals("董事长 马小满/nr 昨天 表示", words("董事长马小满昨天表示。"));
        List<WordChoice> choices = reader.explainWords("董事长马小满昨天表示。");
        assertEquals(
                "马小满\tname\tproposed after a title (the segmenter had no name here)",
                choices.get(0).text() + "\t" + choices.get(0).verdict() + "\t"
                        + choices.get(0).reasons().get(0));
        assertEquals("记者 从 会议 获悉", words("记者从会议获悉。"));
        assertEquals("记者 郭超凯/nr 曾玥/nr 报道", words("记者郭超凯曾玥报道。"));
        assertEquals("记者 王涛/nr 曾 去 过 北京/ns", words("记者王涛曾去过北京。"));
    }

    @Test
    void aTokenRecutByTheGrammarExplainsItself() {
        List<WordChoice> choices = reader.explainWords("他靠着火坐着。这是一片亚热带雨林。");
        assertEquals(
                List.of(
                        "着火\tre-cut as 着 火\t着 after a verb of posture or holding is the aspect particle",
                        "亚热带雨林\tre-cut as 亚热带 雨林\ta prefix goes with the first word of the compound after it"),
                choices.stream()
                        .map(c -> c.text() + "\t" + c.verdict() + "\t" + String.join("; ", c.reasons()))
                        .toList());
    }

    @Test
    void everyProposedNameExplainsItself() {
        List<WordChoice> choices = reader.explainWords("他还了钱就走了。记者郭超凯报道。");
        assertEquals(
                List.of("钱就\tnot a name", "郭超凯\tname"),
                choices.stream().map(c -> c.text() + "\t" + c.verdict()).toList());
        WordChoice rejected = choices.get(0);
        assertEquals("钱就", "他还了钱就走了。".substring(rejected.start(), rejected.end()));
        assertEquals(
                List.of(
                        "钱 a surname in 97% of 719 sightings",
                        "就 a given name in 0% of 1282 sightings, a grammatical word"),
                rejected.reasons());
    }

    @Test
    void everyCutDictionaryWordExplainsItself() {
        assertEquals(
                List.of(
                        "贴吧\tkept whole\t[pieces HanLP's corpus wrote apart at most 1 time]",
                        "中新社\tkept whole\t[ends in a character that is a bound form, which HanLP's corpus seldom"
                                + " wrote apart]",
                        "两国\tleft cut\t[两 is a number]"),
                reader.explainWords("我在贴吧看到。中新社报道。中新两国。").stream()
                        .map(c -> c.text() + "\t" + c.verdict() + "\t" + c.reasons())
                        .toList());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "他去贴吧发了一个帖子。|贴吧",
                "我们把这个项目外包给别人。|外包",
                "他发了一个表情包。|表情包",
                "学校改成了线上教学。|线上",
                "据中新社报道，会议已经开幕。|中新社",
            })
    void dictionaryWordsTheSegmenterCutStayWhole(String text, String word) {
        assertEquals(
                1,
                reader.annotate(text)
                        .tokens()
                        .filter(t -> t.text().equals(word))
                        .count(),
                words(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "他參加了會議。|參加|can1 jia1",
                "人參很貴。|人參|ren2 shen1",
                "房間很乾淨。|乾淨|gan1 jing4",
                "乾隆皇帝。|乾隆|qian2 long2",
                "她的頭髮很長。|頭髮|tou2 fa5",
                "後來皇后走了。|後來|hou4 lai2",
                "這隻貓很可愛。|隻|zhi1",
                "參議員參考了報告。|參考|can1 kao3",
            })
    void traditionalTextIsReadWordByWord(String text, String word, String pinyin) {
        Token token = reader.annotate(text)
                .tokens()
                .filter(t -> t.text().equals(word))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no token " + word + " in " + words(text)));
        assertEquals(pinyin, String.join(" ", token.syllables()));
        assertEquals("", token.tag().startsWith("nr") ? token.tag() : "", "not a name");
    }

    @Test
    void conversionKeepsOffsets() {
        String text = "他參加了會議，人參很貴，乾隆年間的頭髮。";
        assertEquals("他参加了会议，人参很贵，乾隆年间的头发。", reader.toSimplified(text));
    }

    @Test
    void characterThatIsAlsoSimplifiedFollowsTheWordAroundItInTraditionalText() {
        assertEquals("这家店很好吃，可以接着吃。他看着我，著名的作家随着时代走了。乾隆皇帝。", reader.toSimplified("這家店很好吃，可以接著吃。他看著我，著名的作家隨著時代走了。乾隆皇帝。"));
        // In simplified text 著 stays as written.
        assertEquals("他写了一本著作。", reader.toSimplified("他写了一本著作。"));
    }

    @Test
    void searchFoldsTheScripts() {
        try (SentenceLibrary lib = SentenceLibrary.inMemory(reader)) {
            lib.add("tw", "Taiwan", "台灣的總統參加了會議。");
            lib.add("cn", "China", "台湾的总统出席了会议。");
            assertEquals(List.of("cn", "tw"), documents(lib, "总统"));
            assertEquals(List.of("cn", "tw"), documents(lib, "台灣"));
            assertEquals(List.of("tw"), documents(lib, "can1 jia1"));
            assertEquals(
                    List.of("台灣的[[總統]]參加了會議。"),
                    lib.search("總統", 10).stream()
                            .filter(h -> h.document().equals("tw"))
                            .map(SentenceHit::highlighted)
                            .toList());
        }
    }

    private static List<String> documents(SentenceLibrary lib, String query) {
        return lib.search(query, 10).stream()
                .map(SentenceHit::document)
                .sorted()
                .toList();
    }

    @Test
    void theUsersGlossaryWinsOverNamesAndWords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, """
                余华 [yu2 hua2] Yu Hua, the novelist
                钱就 = 钱 就
                """);
        ChineseReader mine = ChineseReader.builder().userGlossary(file).build();
        List<String> tokens =
                mine.annotate("余华写了一本书。").tokens().map(Token::text).toList();
        assertEquals("余华", tokens.get(0));
        assertEquals(
                "Yu Hua, the novelist",
                mine.annotate("余华写了一本书。")
                        .tokens()
                        .findFirst()
                        .orElseThrow()
                        .glosses()
                        .get(0)
                        .summary());
    }

    @Test
    void aWordOfTheUsersGlossaryIsKeptWholeAcrossTheSegmentersCutAndSaysWhy(@TempDir Path dir) throws IOException {
        String text = "他们把海报贴吧台上。";
        assertEquals(
                List.of("他们", "把", "海报", "贴吧", "台上", "。"),
                reader.annotate(text).tokens().map(Token::text).toList());
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "吧台 [ba1 tai2] bar counter\n");
        ChineseReader mine = ChineseReader.builder().userGlossary(file).build();
        assertEquals(
                List.of("他们", "把", "海报", "贴", "吧台", "上", "。"),
                mine.annotate(text).tokens().map(Token::text).toList());
        assertEquals(
                List.of("吧台\tkept whole\t[a word of the user's glossary]"),
                mine.explainWords(text).stream()
                        .filter(c -> c.text().equals("吧台"))
                        .map(c -> c.text() + "\t" + c.verdict() + "\t" + c.reasons())
                        .toList());
    }
}
