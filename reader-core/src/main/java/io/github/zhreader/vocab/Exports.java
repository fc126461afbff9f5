package io.github.zhreader.vocab;

import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.render.HtmlRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Word lists for other programs: a tab-separated file that Anki's text importer reads with no questions asked,
 * and CSV for spreadsheets. Stateless.
 */
public final class Exports {

    private Exports() {}

    /**
     * Writes Anki's text-import format: header lines that set the separator, HTML, note type, deck and columns,
     * then one note per word: Front (the word), Back (pinyin, gloss, the sentence with the word in bold, the
     * source), Tags. Fields never contain tabs or line breaks.
     *
     * @param deck   the deck to import into
     * @param source the title of the text, shown on the back and used as a tag
     */
    public static void anki(List<VocabularyEntry> words, String deck, String source, Appendable out) {
        try {
            ankiHeader("Basic", deck, "Front\tBack\tTags", out);
            String tag = "zhreader " + tagOf(source);
            for (VocabularyEntry e : words) {
                String back = HtmlRenderer.escape(Syllables.toMarks(e.syllables())) + "<br>"
                        + HtmlRenderer.escape(String.join("; ", e.gloss().senses())) + "<br><br>" + marked(e)
                        + "<br><small>" + HtmlRenderer.escape(source) + "</small>";
                ankiNote(HtmlRenderer.escape(e.word()), back, tag, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes Anki's text-import format for cloze notes, one per card: Text (the sentence with the word as a cloze
     * deletion, its gloss as the hint), Back Extra (the sentence's pinyin, the word with its pinyin and gloss, the
     * source), Tags. Fields never contain tabs or line breaks.
     *
     * @param deck the deck to import into
     * @param tag  a tag for every note (the word, say)
     */
    public static void ankiCloze(List<SentenceMining.Card> cards, String deck, String tag, Appendable out) {
        try {
            ankiHeader("Cloze", deck, "Text\tBack Extra\tTags", out);
            String tags = "zhreader " + tagOf(tag);
            for (SentenceMining.Card c : cards) {
                String word = c.sentence().substring(c.start(), c.end());
                String hint = c.gloss().senses().isEmpty()
                        ? ""
                        : "::"
                                + clozeSafe(
                                        HtmlRenderer.escape(c.gloss().senses().get(0)));
                String text = HtmlRenderer.escape(oneLine(c.sentence().substring(0, c.start()))) + "{{c1::"
                        + HtmlRenderer.escape(word) + hint + "}}"
                        + HtmlRenderer.escape(oneLine(c.sentence().substring(c.end())));
                String back = HtmlRenderer.escape(c.pinyin()) + "<br><br><b>" + HtmlRenderer.escape(word) + "</b> "
                        + HtmlRenderer.escape(c.wordPinyin()) + ": "
                        + HtmlRenderer.escape(String.join("; ", c.gloss().senses())) + "<br><small>"
                        + HtmlRenderer.escape(c.source()) + "</small>";
                ankiNote(text, back, tags, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cloze hint without the braces and colons that would end the deletion early. */
    private static String clozeSafe(String hint) {
        return hint.replace("}}", "} }").replace("::", ": :");
    }

    /** The header lines of Anki's text import: separator, HTML, note type, deck, columns, and the tags column. */
    private static void ankiHeader(String noteType, String deck, String columns, Appendable out) throws IOException {
        out.append("#separator:tab\n#html:true\n#notetype:")
                .append(noteType)
                .append("\n#deck:")
                .append(field(deck))
                .append("\n#columns:")
                .append(columns)
                .append("\n#tags column:3\n");
    }

    /** One note of three fields, the last its tags. */
    private static void ankiNote(String first, String second, String tags, Appendable out) throws IOException {
        out.append(field(first))
                .append('\t')
                .append(field(second))
                .append('\t')
                .append(field(tags))
                .append('\n');
    }

    /**
     * Writes CSV (RFC 4180, header row): word, pinyin, count, rank, gloss, sentence, known.
     */
    public static void csv(List<VocabularyEntry> words, Appendable out) {
        try {
            out.append("word,pinyin,count,rank,gloss,sentence,known\r\n");
            for (VocabularyEntry e : words) {
                out.append(csvField(e.word()))
                        .append(',')
                        .append(csvField(Syllables.toMarks(e.syllables())))
                        .append(',')
                        .append(String.valueOf(e.count()))
                        .append(',')
                        .append(e.rank().isPresent() ? String.valueOf(e.rank().getAsInt()) : "")
                        .append(',')
                        .append(csvField(String.join("; ", e.gloss().senses())))
                        .append(',')
                        .append(csvField(oneLine(e.sentence().text())))
                        .append(',')
                        .append(e.known() ? "yes" : "no")
                        .append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence with the word's first use in bold. */
    private static String marked(VocabularyEntry e) {
        String text = e.sentence().text();
        int start = e.first().start() - e.sentence().start();
        int end = e.first().end() - e.sentence().start();
        return HtmlRenderer.escape(oneLine(text.substring(0, start))) + "<b>" + HtmlRenderer.escape(e.word()) + "</b>"
                + HtmlRenderer.escape(oneLine(text.substring(end)));
    }

    private static String tagOf(String source) {
        String tag = source.strip().replaceAll("[\\s\\p{Cntrl}]+", "_");
        return tag.isEmpty() ? "text" : tag;
    }

    /** A field without tabs, line breaks or other controls. */
    private static String field(String s) {
        return oneLine(s).replace('\t', ' ');
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t\\p{Cntrl}\\u2028\\u2029]+", " ");
    }

    private static String csvField(String s) {
        String one = oneLine(s);
        return one.contains(",") || one.contains("\"") ? "\"" + one.replace("\"", "\"\"") + "\"" : one;
    }
}
