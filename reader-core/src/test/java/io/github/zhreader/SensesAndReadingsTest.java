package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sense that fits the sentence, pinyin read by the grammar around a character, separable words found with
 * other words inside, reduplicated forms glossed through their base word, and the letter abbreviations of the
 * internet: all through the public API.
 */
class SensesAndReadingsTest {

    private final ChineseReader reader = Readers.shared();

    private Token token(String text, String word) {
        return reader.annotate(text)
                .tokens()
                .filter(t -> t.text().equals(word))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no token " + word + " in " + text));
    }

    private String firstSense(String text, String word) {
        return token(text, word).glosses().get(0).senses().get(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "他便走了。|便|equivalent to 就[jiu4]: then",
                "太傻了。|太|too (much)",
                "他才踱进店面。|才|then and only then",
                "我穿长衫。|穿|to wear; to put on (clothes, shoes etc.)",
                "他花了很多钱。|花|to spend (money, time)",
                "全程约95分钟。|约|approximately",
                "排出九文大钱。|文|(old) classifier for coins",
                "宁可信其有。|信|to believe",
                "中国出口占世界比重上升。|出口|to export",
                "他点了点头。|点了点|to nod (one's head) in agreement; to beckon by moving (one's hand) up and down",
                "他点了点头。|头|head",
                "我们点了菜。|点|to order (food etc); to select",
                "两种方法的相似点很多。|点|point; dot; spot; speck",
                "日子过得真快。|过|to pass (time)",
                "过两天再说吧。|过|to pass (time)",
                "这件事以后再说。|再说|to put off a discussion until later",
                "再说，天也黑了。|再说|moreover",
                "她骑着自行车去上班。|骑|to ride (a horse, bike etc)",
                "房间里很乱。|乱|in confusion or disorder",
                "这里的交通真方便。|真|really",
                "办签证很麻烦。|麻烦|inconvenient; troublesome; annoying",
                "他总不能不回家吧。|总|surely",
                "她总迟到。|总|in every case; always; invariably",
                "我准备好了。|好|(verb complement indicating completion)",
                "今天好冷。|好|(before an adjective for exclamatory effect) so",
                "他想当程序员。|当|to act as",
                "请注意以下事项。|以下|the following",
                "十八岁以上的人可以参加。|以上|that level or higher; that amount or more",
                "你要茶还是咖啡？|还是|or",
                "他还是不想去。|还是|still (as before)",
                "本周天气很好。|本|(bound form) this; the current (year etc)",
                "这需要大家的共同努力。|努力|to make an effort; to try hard; to strive",
                "价格在合理区间波动。|区间|numerical range",
                "他太有钱了。|太|too (much)",
                "我不知道该去北京还是去上海。|还是|or",
                "他努力学习中文。|努力|to make an effort; to try hard; to strive",
                "你别生气。|生气|to get angry; to be furious",
                "下棋的时候，他抽了我一个车。|车|rook (in Chinese chess)",
                "如果答案错了怎么办？|错|wrong",
                "你说得也对。|对|right; correct",
                "孩子们乖乖地坐着。|乖乖|obediently",
                "我听不懂他的话。|听|to listen to; to hear",
                "他花了一个小时解问题。|解|to solve",
                "这首歌没红。|红|popular",
                "她一面走一面唱歌。|一面|simultaneously... (and...)",
                "他吐了许多血。|血|blood",
                "修改代码以后要重新编译。|编译|(computing) to compile (source code)",
                "这个函数返回一个列表。|列表|table; list",
                "等他回来的时候，饭已经凉了。|等|by the time; when; till",
                "安装之前，请先关闭程序。|请|please (do sth)",
                "车站昨天关了门。|关|to close; to shut; to turn off",
                "这次选举的结果很意外。|选举|election",
                "他们改用比例代表制。|制|system",
                "这种资料非常好查。|好|(before a verb) easy to",
                "我好想你。|好|(before an adjective for exclamatory effect) so",
                "他不想再这样混下去。|混|to drift along",
                "他划了一只小船过河。|划|to row",
                "我料不到他会来。|料|to expect",
                "算了吧，别说了。|算了|let it be",
                "我一时想不起来他的名字。|起来|(after a verb) indicating the beginning and continuation of an action or a state",
                "这只猫很可爱。|只|classifier for birds and certain animals, one of a pair, some utensils, vessels etc",
                "老师点点头。|点点头|to nod",
                "这时候他来了。|这时候|这 zhè: (pronoun) this; these + 时候 shí hòu: time",
                "他每天背单词。|背|to recite from memory",
                "他们一起念书。|一起|together; in company (with)",
                "这种鸟的分布范围很广。|分布|(statistical, geographic) distribution",
                "饭后我们散散步。|散散步|to take a walk; to go for a walk",
                "晚上总睡不着。|着|succeeding in",
                "国民经济保持较快的发展。|较|(before an adjective) relatively; comparatively; rather",
                "我们别了二十年。|别|to leave; to part (from)",
                "他们都曾经吃过亏。|吃|to suffer (shock, injury, defeat etc)",
                "他先当原告，后当被告。|后|afterwards",
                "会议修订了大气污染防治法。|法|law",
                "黑叶角蕨（学名：）为蹄盖蕨科角蕨属的植物。|科|family (taxonomy)",
                "黑叶角蕨（学名：）为蹄盖蕨科角蕨属的植物。|属|genus (taxonomy)",
                "军官经考核不称职。|经|to pass through",
                "共和元年，即公元前841年。|即|namely",
                "我们要发展生产，以提高人民生活水平。|以|in order to",
                "他曾负责某上市公司的业务。|上市|(of a company) to go public, list on a stock exchange",
                "他笑了起来。|起来|(after a verb) indicating the beginning and continuation of an action or a state",
                "俄确定国歌歌词。|俄|Russia",
                "新华社北京12月31日电。|电|phone call or telegram etc",
                "陈、蔡两军败退。|陈|surname Chen",
                "愿中泰友好关系万古长青。|泰|abbr. for Thailand",
                "起来吧！|起来|to stand up; to get up",
                "他们全面回顾了过去的工作。|过去|(in the) past; former; previous",
                "这款新车下个月上市。|上市|(of a product) to go on sale, be launched",
                "外贸所处的外部环境更加复杂。|处|to be situated at",
                "疫情反复冲击致部分企业难以为继。|致|(bound form) to cause; to lead to; consequently",
                "一些企业反映，手续太多。|反映|(fig.) to report",
                "中国在技术上落后于西方。|落后|to fall behind",
                "武陵人捕鱼为业。|为|as (in the capacity of)",
                "有朋友约去游逛。|约|to invite",
                "他们常带着孩子去公园。|带|to take along",
                "丁真本人也来了。|本人|oneself; yourself; himself; herself; the person concerned",
                "临时教师占了百分之四十。|占|to take up",
                "这所学校很大。|所|classifier for houses, small buildings, institutions etc",
                "本法所列的关系。|所|particle introducing a relative clause or passive",
                "除了团结一致外，还要艰苦奋斗。|外|in addition",
                "他说道：“走吧。”|说道|to say (the quoted words)",
                "他忽然吃了一惊。|吃|to suffer (shock, injury, defeat etc)",
                "这件衣服可是又脏又破。|又|both... and...",
                "他叫我快点走。|叫|to order",
                "他叫我小王。|叫|to call",
                "律政司依法执法外，各部门也要配合。|外|in addition",
                "东盟以微小的差距落后欧盟。|落后|to fall behind",
                "“赶紧吃罢！”|罢|(final particle, same as 吧)",
                "天上一朵云也没有。|云|cloud",
                "新华社北京12月31日电。|月|month",
                "我只是想当演员。|当|to act as",
                "给大伙捋一捋就知道了。|就|(after a suppositional clause) in that case; then",
                "当记者来到这里时，雪已经停了。|当|when",
                "他站起来向外一望。|望|to gaze (into the distance)",
                "该抓的抓，该放的放。|该|should",
                "他故意高声嚷道：“你又偷了东西！”|道|to say (introducing a direct quotation, as in a novel)",
                "几个卖东西的等着顾客。|等|to wait for; to await",
                "他即宣布起用新人。|即|at once",
                "勾留了一日。|日|day of the month",
                "经最高人民法院核准。|最高|highest",
                "近几年来，父亲和我都很忙。|近|near",
                "政府没有投入一分钱。|分|0.01 yuan (unit of money)",
                "为期5年的巴过渡自治应于1999年结束。|巴|(bound form) abbr. for 巴勒斯坦[Ba1 le4 si1 tan3] (Palestine), 巴基斯坦[Ba1 ji1 si1 tan3] (Pakistan) or 巴西[Ba1 xi1] (Brazil)",
                "他慢慢地算他的账。|算|to calculate; to figure out",
                "离春节只有三天了。|离|(in giving distances) from",
                "他的团队封掉了词条。|掉|(used after certain verbs to express completion, fulfillment, removal etc)",
                "他转身望门外走去。|望|towards",
                "众人击鼓，投者中，观者呼。|中|to hit (a target)",
                "清代的藏书家多钞书。|钞|variant of 抄[chao1]",
                "他把旧家具拿到市场上出卖。|出卖|to offer for sale; to sell",
                "今年出口基数较低，同比增长较快。|基数|base",
                "他调到档案处工作。|处|(bound form) office; department; bureau",
                "月亮的晕是冰晶造成的。|晕|halo",
                "这样做会影响他们。|会|to be likely to; to be sure to",
                "这样做会影响他们。|影响|to influence",
                "这件事影响了我们的计划。|影响|to influence",
                "社会生活各个方面都在变化。|生活|life",
                "小心别脏了你的衣服。|脏|to get (sth) dirty",
                "这件衣服很脏。|脏|dirty",
                "这份工作我干不了。|了|(used with 得[de2] or 不[bu4] after a verb to express (im)possibility, as in 忘不了[wang4 bu5 liao3] \"cannot forget\")",
                "他的作品早已为世人所知。|为|by (in the passive voice)",
                "要把稳增长放在更加突出的位置。|把|(used to put the object before the verb: 把[ba3] + {noun} + {verb})",
                "我只写了一行代码。|一行|一 yī: one + 行 háng: (bound form) row; line",
                "他抽了一袋烟。|抽|to inhale (esp. smoke)",
                "外面刮着大风。|刮|to blow (of the wind)",
                "锅里冒着热气。|冒|to emit; to give off; to send out (or up, forth)",
                "他们冒着大雨赶路。|冒|to brave; to face",
                "可是他没有来。|可是|but; however",
                "河水把门口的路封住了。|住|(result complement indicating firmness or a stable achieved state)",
                "村子里人家很少。|人家|household",
                "人家不愿意，你别勉强。|人家|other people",
                "石头从山上滚下来。|滚|to roll",
                "他穿着一件破棉袄。|破|worn out",
                "小鸟终于破茧而出。|破|to break, split or cleave",
                "他像小孩子一样哭了。|一样|just like",
                "政府帮助困难群众。|困难|straitened circumstances",
                "这家公司将产品卖到了国外。|将|(introduces object of main verb, used in the same way as 把[ba3])",
                "我们明天将出发。|将|will",
                "他想当老师。|当|to act as",
                "当他回来时，天已经黑了。|当|when",
                "农民们纷纷赶来。|纷纷|one after another",
                "会议在下午3点半开始。|点|(after a number) o'clock",
                "我们要靠大家的力量来解决问题。|来|(between two verbs) in order to",
                "他既聪明又勤奋。|既|both... (and...)",
                "你可以装软件。|装|to install",
                "别装无辜了。|装|to pretend",
                "他给了我一本书。|给|to give",
                "我们可以明天再去。|可以|can",
                "游戏方和平台都有责任。|方|party (to a contract, dispute etc)",
                "公司决定以质量为中心。|以|to use",
                "他走了二十里路。|里|li, ancient measure of length, approx. 500 m",
                "孩子爬起来了。|起来|indicating an upward movement (e.g. after 站[zhan4])",
                "这件事肯定会成功。|肯定|assuredly; definitely",
                "我是来看你的。|来|to come",
                "血浓于水。|于|(used in comparison) than",
                "这款手机有自带的应用商店。|自带|(of software) preinstalled",
                "这才是真正的朋友。|真正|genuine; real; true",
                "我真正明白了。|真正|really; indeed",
                "这个消息让他感到很高兴。|让|to make sb (feel sad etc)",
                "他让我们先走。|让|to let sb do sth",
                "疫情冲击了旅游业。|冲击|impact",
                "他说成功的机会不大。|机会|chance",
                "这块地已经卖给别姓了。|别|(bound form) other; another; different",
                "你别走。|别|don't ...!",
                "大会肯定他们的成绩。|肯定|to give recognition; to affirm",
                "这家公司公布了其年度财报。|其|his, her, its or their: of the person or thing just mentioned (其妻 \"his wife\", 其财报 \"its results\")",
            })
    void theSenseThatFitsComesFirst(String text, String word, String sense) {
        assertEquals(sense, firstSense(text, word));
    }

    /** 柳宗元《小石潭记》: few classical particles, and none of the modern language's. */
    private static final String SPARE_CLASSICAL = "从小丘西行百二十步，隔篁竹，闻水声，如鸣珮环，心乐之。伐竹取道，下见小潭，"
            + "水尤清冽。全石以为底，近岸，卷石底以出，为坻，为屿，为嵁，为岩。青树翠蔓，蒙络摇缀，参差披拂。潭中鱼可百许头，"
            + "皆若空游无所依，日光下澈，影布石上。佁然不动，俶尔远逝，往来翕忽，似与游者相乐。潭西南而望，斗折蛇行，明灭可见。"
            + "其岸势犬牙差互，不可知其源。坐潭上，四面竹树环合，寂寥无人，凄神寒骨，悄怆幽邃。以其境过清，不可久居，乃记之而去。";

    @Test
    void classicalProseHasItsStatesAndLiteraryAdverbs() {
        String text = SPARE_CLASSICAL + "鲍叔既进管仲，管仲事齐公，吾尝三仕三见逐于君。";
        assertEquals("already", firstSense(text, "既"));
        assertEquals("(literary) ever; once", firstSense(text, "尝"));
        assertEquals("to answer; to reply", firstSense(SPARE_CLASSICAL + "问之，对曰：不知也。", "对"));
        assertEquals("(name of states and dynasties at several different periods)", firstSense(text, "齐"));
        assertEquals("Duke, highest of five orders of nobility 五等爵位[wu3 deng3 jue2 wei4]", firstSense(text, "公"));
    }

    @Test
    void classicalProseWithFewParticlesReadsAsClassical() {
        assertEquals("to hear", firstSense(SPARE_CLASSICAL, "闻"));
        assertEquals("to smell", firstSense("隔篁竹，闻水声。", "闻"));
    }

    @Test
    void everyLineOfTheSenseTableNamesASenseTheWordHas() throws java.io.IOException {
        List<String> dead = new java.util.ArrayList<>();
        try (var in = ChineseReader.class.getResourceAsStream("/io/github/zhreader/lexicon/sense-order.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t");
                String piece = fields[2].toLowerCase(java.util.Locale.ROOT);
                boolean named = reader.lookup(fields[0], 50).stream()
                        .filter(g -> g.headword().equals(fields[0]))
                        .flatMap(g -> g.senses().stream())
                        .anyMatch(sense ->
                                sense.toLowerCase(java.util.Locale.ROOT).contains(piece));
                if (!named) dead.add(line);
            }
        }
        assertEquals(List.of(), dead);
    }

    @Test
    void aVerbAfterDeBeforeAnAdverbIsANoun() {
        assertEquals("picture; painting (CL:幅[fu2],張|张[zhang1])", firstSense("这一页的画很好看。", "画"));
    }

    @Test
    void theSenseTheSentenceCallsForBringsItsReading() {
        List<PinyinChoice> choices = reader.explainPinyin("地方政府要负责。");
        assertEquals(
                "地 di4 the sense the sentence calls for",
                choices.get(0).character() + " " + choices.get(0).syllable() + " "
                        + choices.get(0).rule());
    }

    @Test
    void everySenseStaysAvailable() {
        List<String> senses = token("他便走了。", "便").glosses().get(0).senses();
        assertEquals("plain", senses.get(1));
        assertEquals(10, senses.size());
    }

    @Test
    void aSenseChoiceExplainsItself() {
        SenseChoice c = reader.explainSenses("全程约95分钟。").stream()
                .filter(x -> x.word().equals("约"))
                .findFirst()
                .orElseThrow();
        assertEquals("approximately", c.sense());
        assertEquals("sense table: 约 before:number → \"approximately\"", c.reason());
        SenseChoice verb = reader.explainSenses("她穿长衫。").stream()
                .filter(x -> x.word().equals("穿"))
                .findFirst()
                .orElseThrow();
        assertEquals("sense table: 穿 * → \"to wear\"", verb.reason());
    }

    /** The syllables of {@code word} in {@code text}, numbered and joined. */
    private String reading(String text, String word) {
        return String.join(" ", token(text, word).syllables());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "到时候大家都会出现。|都|dou1",
                "他着了慌。|着|zhao2",
                "这活我干不了。|了|liao3",
                "他得去医院。|得|dei3",
                "他跑得很快。|得|de5",
                "低头向着地。|地|di4",
                "科技进步贡献率达到60%。|贡献率|gong4 xian4 lv4",
                "这真教我纳罕。|教|jiao4",
                "鉴定为：真品。|为|wei2",
                "以人民为中心。|为|wei2",
                "贾宝玉和林黛玉。|贾宝玉|jia3 bao3 yu4",
                "我们以全面落实这项政策的各项规定为目标。|为|wei2",
                "他们俩是同行。|同行|tong2 hang2",
                "门前有一块空地。|空地|kong4 di4",
                "这是比赛的结果。|结果|jie2 guo3",
                "我们一起去吧。|一起|yi1 qi3",
                "她揩干了手。|干|gan1",
                "年纪大了，熬不得夜。|得|de5",
                "老人的背上全是汗。|背|bei4",
                "那只狗在叫。|只|zhi1",
                "记者郭超凯曾玥报道。|曾玥|zeng1 yue4",
                "这人好喝懒做。|好|hao4",
                "我们小时候喜欢背诗。|背|bei4",
                "这是很好吃的鱼。|好吃|hao3 chi1",
                "这个汤很好喝。|好喝|hao3 he1",
                "他靠着火取暖。|着|zhe5",
                "地方政府要负责。|地方|di4 fang1",
                "这个地方很好。|地方|di4 fang5",
                "村民容易接受，结果造成了矛盾。|结果|jie2 guo3",
                "“你给我罢。”|罢|ba5",
                "前者呼，后者应。|应|ying4",
                "对腐败分子决不手软。|分子|fen4 zi3",
                "只有我急得要哭。|得|de5",
                "果然近不得台旁。|得|de5",
                "近台没有什么空了。|空|kong4",
                "陀螺在地上打着转儿。|转|zhuan4",
                "吓，你说什么？|吓|he4",
                "子弹吓不倒他。|吓|xia4",
                "这些学生大都来自农村。|大都|da4 dou1",
                "村里的好事家又来了。|好事|hao4 shi4",
                "月亮的晕是冰晶造成的。|晕|yun4",
                "他在街口开了一家包子铺。|铺|pu4",
                "黄牛铺镇在山里。|铺|pu4",
                "他们在院子里铺砖。|铺|pu1",
                "演唱会上唱的都是劲歌。|劲|jing4",
                "他浑身是劲。|劲|jin4",
                "他是蜀国的将。|将|jiang4",
                "我们将去北京。|将|jiang1",
                "林丹汗的孙子逃到了科尔沁。|汗|han2",
                "小王满头是汗。|汗|han4",
                "大家都视他为朋友。|为|wei2",
                "后来改县为市。|为|wei2",
                "他变着法子为自己找借口。|为|wei4",
                "这股劲很大。|劲|jin4",
                "老板说得被扣工资。|得|dei3",
                "他说得交两百块钱。|得|dei3",
                "我说得出两个理由。|得|de5",
                "他吃得下三碗饭。|得|de5",
                "过两天再说吧。|过|guo4",
                "他们总是钩心斗角地和人争。|地|de5",
                "查一下马上就过了。|过|guo4",
                "过了一会，他来了。|过|guo4",
                "她叫我等着她。|等|deng3",
                "她闭着眼躺着。|着|zhe5",
                "我们要着眼于未来。|着眼|zhuo2 yan3",
                "我等了很久。|等|deng3",
                "我已经看过了。|过|guo5",
                "他经历过两次失败。|过|guo5",
                "他过着幸福的生活。|过|guo4",
                "他们幸福地过了两年。|过|guo4",
                "他应了一声就走了。|应|ying4",
                "他划了一只小船过河。|划|hua2",
                "孩子们乖乖地坐着。|乖乖|guai1 guai1",
                "下棋的时候，他抽了我一个车。|车|ju1",
                "信纸上只写了一行字。|一行|yi1 hang2",
                "代表团一行抵达北京。|一行|yi1 xing2",
                "一行人走进了村子。|一行|yi1 xing2",
                "他的作品早已为世人所知。|为|wei2",
                "这不是君子之所为。|为|wei2",
                "得非天意乎？|得|de2",
                "背着木箱子的人。|子|zi5",
                "可是过不了一会，他又来了。|过|guo4",
                "冷啊！地冻裂了。|地|di4",
                "协会为大学生提供创业服务。|为|wei4",
                "盛水期的泉水很大。|盛|sheng4",
                "他给我盛了一碗饭。|盛|cheng2",
                "他们就是奔着这个来的。|奔|ben4",
                "这是沈与求的建议。|沈|shen3",
                "人才好哟。|哟|yo5",
                "他祖上是蔚州人。|蔚州|yu4 zhou1",
                "后来燕王起兵南下。|燕王|yan1 wang2",
                "屋檐下飞来一只燕子。|燕子|yan4 zi5",
                "墙上有一道石缝。|石缝|shi2 feng4",
                "越王杨侗即位。|杨侗|yang2 tong2",
                "次日葛振赶到。|葛|ge3",
                "山上长满了葛。|葛|ge2",
                "他后来累迁吏部尚书。|累|lei3",
                "我今天很累。|累|lei4",
                "诗人周朴是福州人。|朴|pu3",
                "他迁閤门祗候。|閤|ge2",
                "祝你閤家歡樂。|閤家|he2 jia1",
            })
    void readingsFollowTheGrammarAndTheWordsUse(String text, String word, String syllables) {
        assertEquals(syllables, reading(text, word));
    }

    /** The expressions found in {@code text}, as "headword:separated". */
    private String expressions(String text) {
        StringBuilder out = new StringBuilder();
        for (Expression x : reader.annotate(text).expressions()) {
            out.append(out.length() == 0 ? "" : " ").append(x.headword()).append(x.separated() ? "…" : "");
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "他帮了我一个忙。|帮忙…",
                "他拉了半辈子车。|拉车…",
                "我刚刷完了碗。|刷碗…",
                "这种事见不得光。|见光…",
                "我们见过两次面。|见面…",
                "昨晚睡了一个好觉。|睡觉…",
                "别生他的气。|生气…",
                "老板炒了他的鱿鱼。|炒鱿鱼…",
                "他给我泼了一盆冷水。|泼冷水…",
                "我背了黑锅。|背黑锅…",
                "他打了个电话给我。|打电话…",
                "我考完试就去洗了个澡。|考试… 洗澡…",
                "昨天睡了三个小时觉。|睡觉…",
                "他可以不再受拴车的人们的气。|受气…",
                "他洗了一个热水澡。|洗澡…",
                "他在比赛中受了伤。|受伤…",
                "他倒了八辈子霉。|倒霉…",
                "听了这话，他才放了点心。|放心…",
                "他看看钱，叹了口气。|叹气…",
                "他只看过两回中国戏。|看戏…",
                "他们起了很大的作用。|起作用…",
                "你要听妈妈的话。|听话…",
                "汽油涨了价。|涨价…",
                "那粉丝就肯这么大大方方上你当？|上当…",
                "家庭琐屑便往往触他之怒。|触怒…",
                "我很想见你一回面。|见面…",
            })
    void separableWordsAreFoundWithWordsInside(String text, String found) {
        assertEquals(found, expressions(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我们见到面包了。",
                "他见了一次面包车司机。",
                "他帮他们忙着做饭。",
                "他帮忙做饭。",
                "我们听到了他的话。",
                "他上你家去了。",
                "我们在桌上放了点心和水果。",
                "听了这话，他笑了。",
            })
    void lookAlikesAreNotSeparableWords(String text) {
        assertEquals("", expressions(text));
    }

    @Test
    void aSeparableWordTheDictionaryLacksHasAGlossOfOurOwn() {
        Expression x = reader.annotate("他還了我兩百塊錢。").expressions().get(0);
        assertEquals(
                "还钱 還錢 curated",
                x.headword() + " " + x.gloss().traditional() + " "
                        + x.gloss().source().id());
        assertEquals("to pay back money", x.gloss().senses().get(0));
        assertEquals("huan2", reading("他還了我兩百塊錢。", "還"));
    }

    @Test
    void aSeparableWordIsGlossedByTheDictionaryWithANote() {
        Expression x = reader.annotate("他帮了我一个忙。").expressions().get(0);
        assertEquals("to help", x.gloss().senses().get(0));
        assertEquals(GlossSource.CEDICT, x.gloss().source());
        assertEquals(
                "a separable verb-object word (in zhreader's list of separable words): other words can stand "
                        + "between 帮 and 忙",
                x.gloss().note());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "救救孩子。|救救|to save|jiu4 jiu4|reduplicated 救 (AA): briefly, a little, to give it a try; softer than the plain verb",
                "把房间打扫得干干净净。|干干净净|clean|gan1 gan1 jing4 jing4|reduplicated 干净 (AABB): intensified and vivid: thoroughly, very",
                "你想一想。|想一想|to think (about)|xiang3 yi5 xiang3|reduplicated 想 (A一A): briefly, a little, to give it a try; softer than the plain verb",
                "他看了看我。|看了看|to see; to look at|kan4 le5 kan4|reduplicated 看 (A了A): did it briefly, once (a quick look, a short try)",
                "我们研究研究。|研究研究|to research|yan2 jiu1 yan2 jiu1|reduplicated 研究 (ABAB): briefly, a little, to give it a try; softer than the plain verb",
            })
    void reduplicatedFormsAreGlossedThroughTheirBase(
            String text, String word, String sense, String syllables, String note) {
        Token t = token(text, word);
        assertEquals(sense, t.glosses().get(0).senses().get(0));
        assertEquals(syllables, String.join(" ", t.syllables()));
        assertEquals(note, t.glosses().get(0).note());
    }

    @Test
    void wordsThatLookReduplicatedKeepTheirOwnEntry() {
        assertEquals("slowly; gradually", firstSense("慢慢走。", "慢慢"));
        assertEquals("(coll.) a star; the stars in the sky", firstSense("天上有星星。", "星星"));
        assertEquals("turmoil", firstSense("网络上的纷纷扰扰真假难辨。", "纷纷扰扰"));
    }

    @Test
    void letterAbbreviationsAreExplained() {
        Token t = token("这波操作yyds！", "yyds");
        assertEquals(TokenType.LATIN, t.type());
        assertEquals("yyds", t.glosses().get(0).headword());
        assertEquals(GlossSource.CURATED, t.glosses().get(0).source());
    }
}
