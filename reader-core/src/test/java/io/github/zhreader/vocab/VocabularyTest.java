package io.github.zhreader.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Readers;
import io.github.zhreader.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

    private static final String TEXT = "银行行长说，银行很大。汪滔有三千块钱。";

    @Test
    void countsWordsButNotNamesOrNumbers() {
        Vocabulary v = Vocabulary.of(Readers.shared().annotate(TEXT));
        List<String> words = v.entries().stream().map(VocabularyEntry::word).toList();
        assertEquals(List.of("银行", "行长", "说", "很", "大", "有", "块", "钱"), words);
        assertEquals(2, v.entries().get(0).count());
        assertEquals(9, v.runningWords());
        assertEquals(0.0, v.knownShare());
    }

    @Test
    void knownWordsAreMarkedAndCounted() {
        ChineseReader reader =
                ChineseReader.builder().knownWords(Set.of("银行", "說")).build();
        AnnotatedText doc = reader.annotate("银行行长說，银行很大。");
        assertTrue(doc.tokens().filter(t -> t.text().equals("银行")).allMatch(Token::known));
        assertTrue(doc.tokens().filter(t -> t.text().equals("說")).allMatch(Token::known), "traditional as written");
        Vocabulary v = Vocabulary.of(doc);
        assertEquals(3, v.runningKnown());
        assertEquals(3.0 / 6, v.knownShare(), 1e-9);
        assertEquals(
                List.of("行长", "很", "大"),
                v.unknown().stream().map(VocabularyEntry::word).toList());
    }

    @Test
    void commonWordsRankBeforeRareOnes() {
        AnnotatedText doc = Readers.shared().annotate("我们的银行很大。");
        int de = doc.tokens()
                .filter(t -> t.text().equals("的"))
                .findFirst()
                .orElseThrow()
                .rank()
                .orElseThrow();
        int bank = doc.tokens()
                .filter(t -> t.text().equals("银行"))
                .findFirst()
                .orElseThrow()
                .rank()
                .orElseThrow();
        assertTrue(de < bank, de + " < " + bank);
        assertTrue(de <= 3, "的 is among the most frequent words: " + de);
        List<String> rarest = Vocabulary.of(doc).sorted(Vocabulary.Order.RARITY).stream()
                .map(VocabularyEntry::word)
                .toList();
        assertEquals("的", rarest.get(rarest.size() - 1));
    }

    @Test
    void ankiExportParsesBack() {
        Vocabulary v = Vocabulary.of(Readers.shared().annotate("他们\t薅了羊毛。\n银行<b>很大</b>。"));
        StringBuilder out = new StringBuilder();
        Exports.anki(v.unknown(), "zhreader::test", "my text", out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("#separator:tab", lines.get(0));
        assertTrue(lines.contains("#columns:Front\tBack\tTags"));
        List<String> notes = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(v.unknown().size(), notes.size(), "one row per unknown word");
        for (String note : notes) {
            String[] fields = note.split("\t", -1);
            assertEquals(3, fields.length, note);
            assertFalse(fields[1].contains("\n") || fields[1].contains("\r"));
        }
        String wool =
                notes.stream().filter(n -> n.startsWith("羊毛\t")).findFirst().orElseThrow();
        assertTrue(wool.contains("<b>羊毛</b>"), wool);
        assertTrue(wool.contains("yáng máo"), wool);
        assertTrue(wool.endsWith("\tzhreader my_text"), wool);
        assertFalse(out.toString().contains("<b>很大</b>"), "markup from the text is escaped");
    }

    @Test
    void csvExportQuotesWhatNeedsIt() {
        Vocabulary v = Vocabulary.of(Readers.shared().annotate("银行，很大。"));
        StringBuilder out = new StringBuilder();
        Exports.csv(v.entries(), out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("word,pinyin,count,rank,gloss,sentence,known", lines.get(0));
        assertTrue(lines.get(1).startsWith("银行,yín háng,1,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",银行，很大。,no"), lines.get(1));
    }

    @Test
    void knownWordsFileRoundTrips(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub").resolve("known.txt");
        KnownWords store = KnownWords.load(file);
        assertEquals(2, store.add(List.of("银行", " 招安 ", "银行")));
        store.save();
        assertEquals(List.of("银行", "招安"), KnownWords.load(file).list());
        assertTrue(Files.readString(file).contains("银行\n招安\n"));
        KnownWords again = KnownWords.load(file);
        assertEquals(1, again.remove(List.of("招安", "没有")));
        again.save();
        assertEquals(List.of("银行"), KnownWords.load(file).list());
    }

    @Test
    void importReadsPlecoAndAnkiExports(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("export.txt");
        Files.writeString(
                export,
                "#separator:tab\n银行\tyin2hang2\tbank\n招安[招安]\tzhao1an1\t...\nhello\tworld\n\n"
                        + "\"羊毛\",yang2mao2,wool\n",
                StandardCharsets.UTF_8);
        KnownWords.Import found = KnownWords.readImport(export);
        assertEquals(List.of("银行", "招安", "羊毛"), found.words());
        assertEquals(1, found.skipped());
    }
}
