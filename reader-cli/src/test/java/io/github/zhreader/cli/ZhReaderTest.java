package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs {@code zhreader} commands in-process and checks their output and exit codes. */
class ZhReaderTest {

    private static final String SAMPLE =
            Path.of("..", "samples", "articles", "scale-ai.txt").toString();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ZhReader.run(args, new ByteArrayInputStream(stdin), out, err);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    private static void assertOneLineError(Run r, int code, String contains) {
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void theSubcommandNamesAreTheNamesTheirCommandsDeclare() {
        ZhReader.SUBCOMMANDS.forEach((name, command) -> assertEquals(
                name, command.getAnnotation(picocli.CommandLine.Command.class).name(), command.getName()));
        assertEquals(12, ZhReader.SUBCOMMANDS.size());
    }

    @Test
    void annotatesTheSampleAsInterlinearText() {
        Run r = run("annotate", SAMPLE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nyī bāng Kěnníyà rén gěi hāo le yángmáo\n"), "pinyin of 薅了羊毛");
        assertTrue(r.out().contains("  招安 zhāo ān  "), "gloss line of 招安");
        assertEquals("", r.err());
    }

    @Test
    void annotatesStandardInputAsJson() {
        Run r = run("银行行长。".getBytes(StandardCharsets.UTF_8), "annotate", "-", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"sentences\":[{\"index\":0"), r.out());
        assertTrue(r.out().contains("\"syllables\":[\"yin2\",\"hang2\"]"), r.out());
    }

    @Test
    void toneNumbersOnRequest() {
        Run r = run("银行。".getBytes(StandardCharsets.UTF_8), "annotate", "-", "--tones", "numbers");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("yin2hang2\n"), r.out());
        assertTrue(r.out().contains("  银行 yin2 hang2  bank"), "gloss lines in the same tones: " + r.out());
    }

    private static String pinyinLine(String text, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("annotate", "-"));
        args.addAll(List.of(options));
        Run r = run(text.getBytes(StandardCharsets.UTF_8), args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r.out().lines().findFirst().orElseThrow();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "一个人不是你的。      | yí*ge rén bú* shì nǐ de",
                "我很好，你好。        | wǒ hén* hǎo    ní*hǎo",
                "不好，一起走。        | bùhǎo    yì*qǐ zǒu",
                "第一，一九八四年。    | dìyī    yījiǔbāsì nián",
                "我一点儿也不懂。      | wǒ yì*diǎnr yě bù dǒng",
            })
    void sandhiShowsTonesAsSpoken(String text, String expected) {
        assertEquals(expected, pinyinLine(text, "--sandhi"));
    }

    @Test
    void sandhiIsOffByDefaultAndCanStopAtYiAndBu() {
        assertEquals("yīge rén bù shì nǐhǎo", pinyinLine("一个人不是你好。"));
        assertEquals("yí*ge rén bú* shì nǐhǎo", pinyinLine("一个人不是你好。", "--sandhi=yi-bu"));
        assertEquals("yí*ge rén bú* shì ní*hǎo", pinyinLine("一个人不是你好。", "--sandhi=all"));
        assertEquals("yi2*ge5 ren2", pinyinLine("一个人。", "--sandhi", "--tones", "numbers"));
    }

    @Test
    void explainPinyinNamesTheRuleOfEachSyllable() {
        Run r = run("他还了钱。".getBytes(StandardCharsets.UTF_8), "annotate", "-", "--explain-pinyin");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertEquals("还\thuán\tneighbouring words\t还/d", lines.get(1));
        assertTrue(lines.get(2).startsWith("了\tle\tpart of speech"), lines.get(2));
    }

    @Test
    void explainWordsSaysWhyASpanIsOrIsNotAName() {
        Run r = run("我们都去。记者郭超凯报道。".getBytes(StandardCharsets.UTF_8), "annotate", "-", "--explain");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                List.of(
                        "都去\tnot a name\t都 a surname in 33% of 920 sightings; 去 a given name in 0% of 252 "
                                + "sightings, a grammatical word; the path without names reads 都 as d",
                        "郭超凯\tname\t郭 a surname in 100% of 5289 sightings; 超 a given name's first character in 11% of "
                                + "1688 sightings; 凯 a given name's second character in 48% of 1048 sightings; after 记者"),
                r.out().lines().toList());
    }

    @Test
    void explainSensesSaysWhatPutEachFirstSenseFirst() {
        Run r = run("全程约95分钟。".getBytes(StandardCharsets.UTF_8), "annotate", "-", "--explain-senses");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                List.of(
                        "全程/n\tthe whole distance; from beginning to end\tdictionary order",
                        "约/d\tapproximately\tsense table: 约 before:number → \"approximately\"",
                        "分钟/q\tminute\tdictionary order"),
                r.out().lines().toList());
    }

    @Test
    void sandhiBeforeTheFileTakesNoValue() throws IOException {
        Path file = tmp.resolve("ni-hao.txt");
        Files.writeString(file, "你好。");
        Run r = run("annotate", "--sandhi", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ní*hǎo\n"), r.out());
        assertOneLineError(run("annotate", file.toString(), "--sandhi=some"), 2, "unknown tone changes 'some'");
    }

    @Test
    void pinyinSpacingOnRequest() {
        assertEquals("tā nǚ'ér zài Xī'ān", pinyinLine("他女儿在西安。"));
        assertEquals("tā nǚ ér zài Xī ān", pinyinLine("他女儿在西安。", "--pinyin-spacing", "syllables"));
        assertEquals("yi1 dianr3", pinyinLine("一点儿", "--pinyin-spacing", "syllables", "--tones", "numbers"));
        assertOneLineError(run("annotate", "-", "--pinyin-spacing", "wide"), 2, "unknown pinyin spacing 'wide'");
    }

    @Test
    void sandhiInJsonAndHtml() {
        byte[] text = "不是。".getBytes(StandardCharsets.UTF_8);
        Run json = run(text, "annotate", "-", "--format", "json", "--sandhi");
        assertTrue(json.out().contains("\"syllables\":[\"bu4\"],\"sandhi\":[\"bu2\"]"), json.out());
        assertFalse(run(text, "annotate", "-", "--format", "json").out().contains("sandhi"));
        Run html = run(text, "annotate", "-", "--format", "html", "--sandhi");
        assertTrue(html.out().contains("<span class=\"t2 sandhi\" title=\"bù\">bú</span>"), html.out());
    }

    @Test
    void htmlPage() {
        Run r = run("annotate", SAMPLE, "--format", "html");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
        assertTrue(r.out().contains("<title>scale-ai.txt</title>"));
        assertTrue(r.out().contains("<ruby"));
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        assertEquals(0, run("--no-color", "annotate", "-").code());
        assertEquals(0, run("annotate", "-", "--no-color", "--verbose").code());
    }

    @Test
    void readPrintsInterlinearTextWhenTheOutputIsNotATerminal() {
        Run r = run("read", SAMPLE, "--library", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("shàngmiàn zhège rén"), r.out());
        assertEquals(run("annotate", SAMPLE).out(), r.out(), "the same interlinear text as annotate");
        assertEquals(
                run("annotate", SAMPLE, "--sandhi", "--pinyin-spacing", "syllables")
                        .out(),
                run("read", SAMPLE, "--library", tmp.toString(), "--sandhi", "--pinyin-spacing", "syllables")
                        .out());
    }

    @Test
    void readRejectsBadToneColours() {
        assertOneLineError(run("read", SAMPLE, "--tone-colors", "red,green"), 2, "--tone-colors");
        assertOneLineError(run("read", SAMPLE, "--tone-colors", "red,green,blue,magenta,plaid"), 2, "plaid");
    }

    @Test
    void knownWordsChangeTheVocabularySummary() throws IOException {
        String library = tmp.resolve("data").toString();
        Run before = run("vocab", SAMPLE, "--library", library);
        assertEquals(0, before.code(), before.err());
        List<String> lines = before.out().lines().toList();
        assertTrue(
                lines.get(lines.size() - 2)
                        .matches("\\d+ words, \\d+ distinct; you know 0 of them \\(0\\.0% of the running words\\)"),
                before.out());
        assertEquals(
                "HSK levels of the running words: 1 27.6%, 2 12.9%, 3 7.9%, 4 11.9%, 5 12.0%, 6 6.1%, beyond 21.6%;"
                        + " HSK 1-6 cover 78.4% of them, less than 95%",
                lines.get(lines.size() - 1));
        assertTrue(
                lines.contains("竟然\t1\t4261\tHSK4\tjìng rán\tunexpectedly; to one's surprise; in spite of"
                        + " everything; in that crazy way; actually; to go as far as to"),
                before.out());
        Run above = run("vocab", SAMPLE, "--library", library, "--level", "5");
        assertTrue(
                above.out().lines().filter(l -> l.contains("\t")).allMatch(l -> l.split("\t")[3].matches("HSK6|-")),
                above.out());
        assertOneLineError(run("vocab", SAMPLE, "--level", "7"), 2, "--level 7 must be an HSK level, 1 to 6");

        Path list = tmp.resolve("pleco.txt");
        Files.writeString(list, "的\tde5\tof\n是\tshi4\tbe\n了\tle5\t...\nnot a word\n");
        Run imported = run("known", "import", list.toString(), "--library", library);
        assertEquals("imported 3 words (3 new), skipped 1 line; 3 known\n", imported.out());
        assertEquals(0, run("--library", library, "known", "add", "他").code());
        assertEquals("的\n是\n了\n他\n", run("known", "list", "--library", library).out());

        Run after = run("vocab", SAMPLE, "--library", library, "--unknown");
        assertFalse(after.out().lines().anyMatch(l -> l.startsWith("的\t")), "known words left out");
        List<String> afterLines = after.out().lines().toList();
        String summary = afterLines.get(afterLines.size() - 2);
        assertTrue(summary.contains("you know 4 of them") && !summary.contains("(0.0%"), summary);

        assertEquals(0, run("known", "remove", "他", "--library", library).code());
        assertEquals("的\n是\n了\n", run("known", "list", "--library", library).out());
    }

    @Test
    void theLibraryListShowsWhatYouKnowAndMineFindsSentencesToLearnFrom() throws IOException {
        String library = tmp.resolve("data").toString();
        Path easy = tmp.resolve("easy.txt");
        Files.writeString(easy, "经济发展。我们发展经济。发展速度惊人。");
        Path other = tmp.resolve("other.txt");
        Files.writeString(other, "經濟發展了。");
        assertEquals(
                0,
                run("add", easy.toString(), other.toString(), "--library", library)
                        .code());
        assertEquals(0, run("known", "add", "我们", "经济", "--library", library).code());

        assertEquals(
                "easy\t3 sentences\t37.5% known\tHSK 6+ (88%)\teasy.txt\n"
                        + "other\t1 sentence\t33.3% known\tHSK 4\tother.txt\n"
                        + "2 documents in " + Path.of(library, "library") + "\n",
                run("library", "list", "--library", library, "--sort", "known").out());
        assertEquals(
                List.of("other", "easy"),
                run("library", "list", "--library", library, "--sort", "level")
                        .out()
                        .lines()
                        .limit(2)
                        .map(l -> l.split("\t")[0])
                        .toList());
        Run json = run("library", "list", "--library", library, "--json");
        assertTrue(
                json.out().contains("\"id\":\"other\",\"title\":\"other.txt\",\"sentences\":1,\"added\":\""),
                json.out());
        assertTrue(
                json.out()
                        .contains("\"known\":0.3333,\"hsk\":4,\"levels\":{\"1\":0.3333,\"2\":0.0,\"3\":0.0,"
                                + "\"4\":0.6667,\"5\":0.0,\"6\":0.0,\"beyond\":0.0}"),
                json.out());
        assertOneLineError(run("library", "list", "--library", library, "--sort", "size"), 2, "size");

        Run mine = run("mine", "发展", "--library", library);
        assertEquals(
                "easy #1  经济发展。\n"
                        + "easy #2  我们发展经济。\n"
                        + "2 of the 4 sentences with 发展 have at most 0 other unknown words\n",
                mine.out(),
                mine.err());
        Run more = run("mine", "發展", "--library", library, "--unknown", "1", "--limit", "3");
        assertEquals(
                "easy #1  经济发展。\n"
                        + "easy #2  我们发展经济。\n"
                        + "other #1  經濟發展了。  (new: 了)\n"
                        + "3 of the 4 sentences with 發展 have at most 1 other unknown word\n",
                more.out());
        Run last = run("mine", "发展", "--library", library, "--unknown", "2", "--json");
        assertTrue(
                last.out()
                        .endsWith("{\"document\":\"easy\",\"title\":\"easy.txt\",\"sentence\":3,"
                                + "\"text\":\"发展速度惊人。\",\"new\":[\"速度\",\"惊人\"]}]}\n"),
                last.out());

        Path cards = tmp.resolve("cards.txt");
        Run anki = run("mine", "发展", "--library", library, "--export", "anki", "--output", cards.toString());
        assertEquals("wrote 2 cards to " + cards + "\n", anki.err());
        List<String> lines = Files.readAllLines(cards, StandardCharsets.UTF_8);
        assertEquals("#notetype:Cloze", lines.get(2));
        assertTrue(lines.get(6).startsWith("经济{{c1::发展::"), lines.get(6));

        assertEquals(1, run("mine", "羊毛", "--library", library).code(), "nothing to mine");
        assertOneLineError(run("mine", "money", "--library", library), 2, "mine takes a Chinese word");
        assertOneLineError(run("mine", "发展", "--limit", "0", "--library", library), 2, "--limit 0");
    }

    @Test
    void vocabExportsAnkiToAFile() throws IOException {
        Path out = tmp.resolve("cards.txt");
        Run r = run("vocab", SAMPLE, "--library", tmp.toString(), "--export", "anki", "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("#separator:tab", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("薅\t")), "a card for 薅");
        assertTrue(r.err().startsWith("wrote "), r.err());
    }

    @Test
    void libraryAddSearchListRemoveCheck() {
        String library = tmp.resolve("data").toString();
        Run add = run("add", SAMPLE, "--library", library);
        assertEquals("added scale-ai: 40 sentences\n", add.out(), add.err());
        Run again = run("add", SAMPLE, "--library", library, "--id", "copy", "--title", "A copy");
        assertEquals("added copy: 40 sentences (the same text as scale-ai)\n", again.out());

        Run search = run("search", "羊毛", "--library", library);
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("给薅了[[羊毛]]。"), search.out());
        assertTrue(search.out().endsWith("4 sentences (zh)\n"), search.out());

        Run json = run("search", "hao", "yang", "mao", "--json", "--library", library, "--limit", "1");
        assertTrue(
                json.out()
                        .startsWith("{\"query\":\"hao yang mao\",\"mode\":\"py\",\"total\":2,\"hits\":[{\"document\":"),
                json.out());

        // One numbering for the text, JSON and the export, the one read --at takes.
        assertTrue(json.out().contains("\"sentence\":28,"), json.out());
        Run text = run("search", "hao", "yang", "mao", "--library", library, "--limit", "1", "--no-color");
        assertTrue(text.out().contains(" #28  比如去年"), text.out());

        assertEquals(1, run("search", "不存在的词语", "--library", library).code(), "nothing found");
        Run list = run("library", "list", "--library", library);
        assertTrue(
                list.out()
                        .startsWith("copy\t40 sentences\t0.0% known\tHSK 6+ (80%)\tA copy\n"
                                + "scale-ai\t40 sentences\t0.0% known\tHSK 6+ (80%)\tscale-ai.txt\n"),
                list.out());
        assertEquals(
                "removed copy\n",
                run("library", "remove", "copy", "--library", library).out());
        assertOneLineError(run("library", "remove", "copy", "--library", library), 1, "no document copy");
        assertEquals(
                "healthy: 1 document, 40 sentences\n",
                run("library", "check", "--library", library).out());

        Run export = run("library", "export", "--library", library);
        List<String> lines = export.out().lines().toList();
        assertEquals(80, lines.size(), "an action and a source line per sentence");
        assertTrue(
                lines.get(0).startsWith("{\"index\":{\"_index\":\"zhreader-sentences\",\"_id\":\"scale-ai#1\"}}"),
                lines.get(0));
        assertTrue(
                lines.get(1).startsWith("{\"doc\":\"scale-ai\",\"title\":\"scale-ai.txt\",\"sentence\":1,"),
                lines.get(1));
        assertEquals("exported 40 sentences\n", export.err());

        Run byId = run("annotate", "scale-ai", "--library", library);
        assertEquals(0, byId.code(), byId.err());
        assertTrue(byId.out().startsWith("shàngmiàn"), "annotate takes a library id");
    }

    /** The sample's body repeated into some 2,000 paragraphs: a text of several parts and many runs. */
    private Path manyParagraphs() throws IOException {
        String article = Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8);
        int notice = article.indexOf("声明");
        Path file = tmp.resolve("long.txt");
        Files.writeString(file, article.substring(0, notice).repeat(80) + article.substring(notice));
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "text"})
    void annotateOnTwoThreadsPrintsWhatOneThreadPrints(String format) throws IOException {
        for (String file : List.of(SAMPLE, manyParagraphs().toString())) {
            Run one = run("annotate", file, "--format", format);
            Run two = run("annotate", file, "--format", format, "--threads", "2");
            assertEquals(0, two.code(), two.err());
            assertEquals(one.out(), two.out(), file);
            assertEquals("", two.err());
        }
    }

    @Test
    void addOnTwoThreadsMakesTheSameLibrary() throws IOException {
        String one = tmp.resolve("one").toString();
        String two = tmp.resolve("two").toString();
        String[] files = {
            SAMPLE,
            manyParagraphs().toString(),
            Path.of("..", "samples", "articles", "scale-ai-traditional.txt").toString()
        };
        Run added = run(concat(new String[] {"add", "--library", one}, files));
        Run addedInParallel = run(concat(new String[] {"add", "--library", two, "--threads", "2"}, files));
        assertEquals(0, addedInParallel.code(), addedInParallel.err());
        assertEquals(added.out(), addedInParallel.out());
        assertEquals(
                run("library", "export", "--ndjson", "--library", one).out(),
                run("library", "export", "--ndjson", "--library", two).out());
        for (String query : List.of("羊毛", "hao yang mao", "\"gold rush\"")) {
            assertEquals(
                    run("search", query, "--json", "--library", one).out(),
                    run("search", query, "--json", "--library", two).out(),
                    query);
        }
    }

    @Test
    void lookupShowsTheHskLevel() {
        Run r = run("lookup", "银行");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                "银行 (銀行)  yín háng  [yin2 hang2]  HSK 3",
                r.out().lines().findFirst().orElseThrow());
    }

    @Test
    void solrOptionsAreCheckedAndAnUnreachableSolrIsOneLine() throws IOException {
        String library = tmp.resolve("lib").toString();
        assertOneLineError(
                run("library", "push", "--library", library), 2, "say where to push: --solr URL --collection");
        assertOneLineError(
                run("search", "羊毛", "--solr", "http://localhost:8983/solr", "--library", library),
                2,
                "--solr and --collection go together");
        assertOneLineError(
                run("search", "羊毛", "--solr", "ftp://h/solr", "--collection", "c", "--library", library),
                2,
                "Solr URL ftp://h/solr is not an http:// or https:// URL");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertOneLineError(
                run("search", "羊毛", "--solr", "http://127.0.0.1:" + port, "--collection", "c", "--library", library),
                1,
                "zhreader: Solr at http://127.0.0.1:" + port + "/solr is not reachable (connection refused): cannot"
                        + " read the schema of collection c; start Solr or check --solr");
        Run config = run("library", "solr-config", tmp.resolve("configset").toString());
        assertEquals(0, config.code(), config.err());
        assertEquals(4, config.out().lines().count(), config.out());
        assertTrue(Files.readString(tmp.resolve("configset/conf/schema.xml")).contains("name=\"zhreader-1\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"annotate", "add"})
    void threadsAreCountedFromOne(String command) {
        assertOneLineError(
                run(command, SAMPLE, "--threads", "0", "--library", tmp.toString()),
                2,
                "--threads 0 must be at least 1");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void missingFileIsBadInput() {
        assertOneLineError(run("annotate", tmp.resolve("nope.txt").toString()), 2, "nope.txt: no such file");
    }

    @Test
    void directoryIsBadInput() {
        assertOneLineError(run("annotate", tmp.toString()), 2, "is a directory");
    }

    @Test
    void emptyFileGivesEmptyOutput() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Run r = run("annotate", empty.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK", "Big5", "UTF-16"})
    void chineseEncodingsAreFoundByThemselves(String encoding) throws IOException {
        Path file = tmp.resolve(encoding + ".txt");
        String text = "银行行长说，汪滔被扎克伯格招安了。这家公司的数据标注质量越来越低。".repeat(3);
        if (encoding.equals("Big5")) text = "銀行行長說，汪滔被扎克伯格招安了。這家公司的數據標註質量越來越低。".repeat(3);
        Files.write(file, text.getBytes(Charset.forName(encoding)));
        Run r = run("annotate", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"text\":\"招安\""), r.out());
    }

    @Test
    void invalidBytesAreAnErrorWithTheirOffsetOrReplacedWhenLenient() throws IOException {
        Path file = tmp.resolve("broken.txt");
        byte[] good = "银行行长说好。".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        Files.write(file, bytes);
        Run strict = run("annotate", file.toString(), "--encoding", "UTF-8");
        assertOneLineError(strict, 2, "broken.txt: not valid UTF-8 text (bad byte at offset 21)");
        Run lenient = run("annotate", file.toString(), "--encoding", "UTF-8", "--lenient");
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(
                lenient.err().startsWith("zhreader: warning: " + file + ": 1 invalid byte sequence replaced"),
                lenient.err());
        assertOneLineError(
                run("annotate", file.toString(), "--encoding", "KLINGON-8"), 2, "unknown encoding 'KLINGON-8'");
    }

    @Test
    void savedWebPageGivesItsArticle() throws IOException {
        Path page = tmp.resolve("news.html");
        Files.write(
                page,
                ("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>汪滔的故事</title>"
                                + "<script>var x = '不要读我';</script><style>p{}</style></head><body><nav>首页 新闻 体育</nav>"
                                + "<article><h1>汪滔</h1><p>汪滔被扎克伯格<b>招安</b>了。</p><p>数据标注很辛苦。</p></article>"
                                + "<footer>版权所有</footer></body></html>")
                        .getBytes(Charset.forName("GBK")));
        Run r = run("annotate", page.toString(), "--format", "html");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<title>汪滔的故事</title>"), r.out());
        assertTrue(r.out().contains("招安"), "the article's text");
        assertEquals(
                List.of(),
                List.of("不要读我", "首页", "版权所有").stream().filter(r.out()::contains).toList(),
                "no script, navigation or footer");
    }

    @Test
    void webClutterIsFoldedInTextMarkedInJsonAndShownOnRequest() {
        Run folded = run("annotate", SAMPLE);
        assertFalse(folded.out().contains("宾利"), "teasers folded");
        assertTrue(folded.out().contains("sentences of web clutter after the article folded away"), folded.out());
        Run kept = run("annotate", SAMPLE, "--keep-clutter");
        assertTrue(kept.out().contains("宾利"));
        Run json = run("annotate", SAMPLE, "--format", "json");
        assertTrue(json.out().contains("\"clutter\":true"));
        assertTrue(json.out().contains("宾利"), "json never drops text");
    }

    @Test
    void pdfIsNotText() throws IOException {
        Path pdf = tmp.resolve("paper.pdf");
        Files.writeString(pdf, "%PDF-1.7\n1 0 obj\n");
        assertOneLineError(run("annotate", pdf.toString()), 2, "paper.pdf: a PDF file, not text");
    }

    @Test
    void binaryFileIsNotText() throws IOException {
        Path bin = tmp.resolve("image.png");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertOneLineError(run("annotate", bin.toString()), 2, "image.png: not a text file");
    }

    @Test
    void badFormatIsUsageError() {
        assertOneLineError(run("annotate", SAMPLE, "--format", "pdf"), 2, "--format");
    }

    @Test
    void unknownCommandIsUsageError() {
        assertOneLineError(run("frobnicate"), 2, "frobnicate");
    }

    @Test
    void missingArgumentIsUsageError() {
        assertOneLineError(run("annotate"), 2, "zhreader annotate --help");
    }

    @Test
    void lookupShowsAllSensesOfAWord() {
        Run r = run("lookup", "招安");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("招安  zhāo ān  [zhao1 an1]"), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "\n招安  zhāo ān  [zhao1 an1]\n  1. to enlist enemy or rebel soldiers by offering amnesty\n"),
                r.out());
    }

    @Test
    void lookupShowsTheCharactersOfAWordAfterItsEntries() {
        Run r = run("lookup", "招安");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(
                List.of(
                        "  招  radical 扌 hand · 扌 hand + 召 · character rank 824",
                        "  安  radical 宀 roof · 宀 roof + 女 woman · character rank 198"),
                lines.subList(lines.size() - 2, lines.size()),
                r.out());
        // One character, in traditional characters: its own parts, the rank of 国.
        Run guo = run("lookup", "國");
        assertEquals(0, guo.code(), guo.err());
        assertTrue(guo.out().endsWith("\n  國  radical 囗 enclosure · 囗 enclosure + 或 · character rank 2\n"), guo.out());
        // A character the word repeats has one line.
        assertTrue(
                run("lookup", "妈妈")
                        .out()
                        .endsWith("mother\n  4. CL:個|个[ge4],位[wei4]\n"
                                + "  妈  radical 女 woman · 女 woman + 马 horse · character rank 1180\n"),
                run("lookup", "妈妈").out());
        // Pinyin and English find many words: no characters.
        assertFalse(run("lookup", "zhao1an1").out().contains("radical"));
        assertFalse(run("lookup", "en:shovel").out().contains("radical"));
    }

    @Test
    void lookupListsTheLibrarysOtherWordsWithEachCharacter() throws Exception {
        String library = tmp.resolve("data").toString();
        Path text = tmp.resolve("news.txt");
        Files.writeString(text, "银行行长说，银行要发展。发行新债的银行不多。这样也行。", StandardCharsets.UTF_8);
        assertEquals(0, run("add", text.toString(), "--library", library).code());
        Run r = run("lookup", "银行", "--library", library);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(
                List.of(
                        "  银  radical 钅 metal/gold · 钅 metal/gold + 艮 stopping · character rank 444",
                        "  行  radical 行 go/do · character rank 24",
                        "     in your library: 发行 1 · 行长 1"),
                lines.subList(lines.size() - 3, lines.size()),
                "the character as a word of its own (这样也行) is left out: " + r.out());
        Run json = run("lookup", "行", "--json", "--library", library);
        assertTrue(
                json.out()
                        .endsWith(",\"rank\":24,\"library\":[{\"word\":\"银行\",\"uses\":3},"
                                + "{\"word\":\"发行\",\"uses\":1},{\"word\":\"行长\",\"uses\":1}]}]}\n"),
                json.out());
    }

    @Test
    void lookupJsonHasTheEntriesAndTheCharacters() {
        Run r = run("lookup", "妈妈", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                "{\"query\":\"妈妈\",\"entries\":[{\"gloss\":{\"source\":\"cedict\",\"kind\":\"word\",\"headword\":\"妈妈\","
                        + "\"traditional\":\"媽媽\",\"pinyin\":\"ma1 ma5\",\"senses\":[\"mama\",\"mommy\",\"mother\","
                        + "\"CL:個|个[ge4],位[wei4]\"]},\"hsk\":1}],\"characters\":[{\"character\":\"妈\",\"radical\":"
                        + "{\"text\":\"女\",\"meaning\":\"woman\"},\"components\":[{\"text\":\"女\",\"meaning\":\"woman\"},"
                        + "{\"text\":\"马\",\"meaning\":\"horse\"}],\"rank\":1180,\"library\":[]},{\"character\":\"妈\",\"radical\":"
                        + "{\"text\":\"女\",\"meaning\":\"woman\"},\"components\":[{\"text\":\"女\",\"meaning\":\"woman\"},"
                        + "{\"text\":\"马\",\"meaning\":\"horse\"}],\"rank\":1180,\"library\":[]}]}\n",
                r.out());
        Run english = run("lookup", "en:shovel", "--json");
        assertEquals(0, english.code(), english.err());
        assertTrue(english.out().endsWith("],\"characters\":[]}\n"), english.out());
        assertOneLineError(run("lookup", "这不是词", "--json"), 1, "no dictionary entry for '这不是词'");
    }

    @Test
    void lookupByPinyinAndEnglish() {
        assertTrue(run("lookup", "yin2", "hang2").out().contains("银行"));
        assertTrue(run("lookup", "en:shovel").out().contains("铲子"));
    }

    @Test
    void lookupShowsTheCuratedExplanationFirst() {
        Run r = run("lookup", "hao", "yang", "mao");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("薅羊毛  hāo yáng máo  [hao1 yang2 mao2]  slang  (curated glossary)"), r.out());
        assertTrue(r.out().contains("  literally: "), r.out());
        assertTrue(run("lookup", "gold rush").out().startsWith("淘金热"), "English finds the glossary too");
        assertTrue(run("lookup", "zhao1an1").out().startsWith("招安"));
    }

    @Test
    void userGlossaryBeforeOrAfterTheCommand() throws IOException {
        Path glossary = tmp.resolve("mine.txt");
        Files.writeString(glossary, "羊毛 [yang2 mao2] my own gloss for wool\n对数据 = 对 数据\n");
        Run before = run(
                "有小国家的羊毛党。".getBytes(StandardCharsets.UTF_8),
                "--glossary",
                glossary.toString(),
                "annotate",
                "-",
                "--format",
                "json");
        assertEquals(0, before.code(), before.err());
        Run after = run("他卖羊毛。".getBytes(StandardCharsets.UTF_8), "annotate", "-", "--glossary", glossary.toString());
        assertTrue(after.out().contains("my own gloss for wool"), after.out());
    }

    @Test
    void badUserGlossaryNamesItsLine() throws IOException {
        Path glossary = tmp.resolve("bad.txt");
        Files.writeString(glossary, "# mine\n羊毛 [yang2] wool\n");
        assertOneLineError(
                run("--glossary", glossary.toString(), "annotate", "-"),
                2,
                "bad.txt:2: 1 syllables for 2 characters in 羊毛");
        assertOneLineError(
                run("--glossary", tmp.resolve("none.txt").toString(), "annotate", "-"), 2, "none.txt: no such file");
    }

    @Test
    void lookupOfAnUnknownWordFails() {
        assertOneLineError(run("lookup", "这不是词"), 1, "no dictionary entry for '这不是词'");
    }

    @Test
    void dictInfoCreditsCcCedict() {
        Run r = run("dict", "info");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("CC-CEDICT"));
        assertTrue(r.out().contains("125049"), r.out());
        assertTrue(r.out().contains("Creative Commons Attribution-ShareAlike 4.0"));
        assertTrue(r.out().contains("MDBG"));
        assertTrue(r.out().contains("Gavin Grover's CJK Decomposition Data"), r.out());
        assertTrue(r.out().contains("Unicode's radical-stroke index"), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "character rank: by the summed frequency of HanLP core dictionary words containing it"),
                r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"read", "annotate", "lookup", "vocab", "mine", "known", "dict"})
    void everyCommandHasHelpWithAnExample(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Example"), r.out());
    }

    /** What bash offers after {@code line} with the completion script sourced. */
    private String completions(String script, String... words) throws Exception {
        Path file = tmp.resolve("zhreader-completion.sh");
        java.nio.file.Files.writeString(file, script);
        String array = String.join(
                " ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        Process bash = new ProcessBuilder(
                        "bash",
                        "-c",
                        "source '" + file + "'; COMP_WORDS=(" + array + "); "
                                + "COMP_CWORD=" + (words.length - 1) + "; COMP_LINE=\"" + String.join(" ", words)
                                + "\"; "
                                + "_complete_zhreader; echo \"${COMPREPLY[*]}\"")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        return out.strip();
    }

    @Test
    void completesCommandsAndOptionValuesInBash() throws Exception {
        Run bash = run("completion", "bash");
        assertEquals(0, bash.code(), bash.err());
        assertEquals("search", completions(bash.out(), "zhreader", "se"));
        assertEquals("text json html", completions(bash.out(), "zhreader", "annotate", "--format", ""));
        Run zsh = run("completion", "zsh");
        assertTrue(
                zsh.out()
                        .startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && "
                                + "bashcompinit\n"),
                zsh.out());
        assertTrue(zsh.out().endsWith(bash.out()), "the same script, after zsh's bash emulation");
        assertOneLineError(run("completion", "fish"), 2, "fish is not a shell zhreader completes");
    }

    @Test
    void addTakesOneListOfFiles() {
        Run r = run("add", "--help");
        assertEquals(0, r.code());
        assertTrue(
                r.out()
                        .startsWith("Usage: zhreader add [-hV] [--lenient] [--no-color] [--verbose]\n"
                                + "                    [--encoding=NAME] [--id=ID] [--library=DIR] [--threads=N]\n"
                                + "                    [--title=TITLE] [--glossary=FILE]... FILE|-...\n"),
                r.out());
    }

    @Test
    void versionAndTopLevelHelp() {
        Run version = run("--version");
        assertEquals(0, version.code(), version.err());
        assertEquals(
                "zhreader 0.1.0-SNAPSHOT\nCC-CEDICT 2026-09-10, 125049 entries\n"
                        + "zhreader curated glossary, 2369 entries\nHanLP portable-1.8.6\n"
                        + "HSK 2.0 word list, 4995 entries\nCJK Decomposition Data, 74600 entries\nKangxi radicals\n"
                        + "Character frequency ranks, 6663 entries\npinyin4j 2.5.1\n",
                version.out());
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("annotate"));
    }

    /** Only the named subcommands are registered for a run; help and usage still see them all. */
    @Test
    void helpListsEveryCommandWhateverElseIsNamed() {
        List<String> all = List.of(
                "read",
                "annotate",
                "lookup",
                "add",
                "search",
                "library",
                "vocab",
                "mine",
                "known",
                "dict",
                "completion",
                "help");
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help"}, new String[] {"help", "lookup"})) {
            String shown = run(args).out();
            if (args.length == 2) {
                assertTrue(shown.contains("zhreader lookup"), shown);
                continue;
            }
            for (String command : all) assertTrue(shown.contains("  " + command + " "), command + " in " + shown);
        }
    }
}
