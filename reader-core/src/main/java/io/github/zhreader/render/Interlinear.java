package io.github.zhreader.render;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.pinyin.WordPinyin;
import io.github.zhreader.text.DisplayWidth;
import io.github.zhreader.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders an annotated text as plain interlinear text: for each sentence, lines of pinyin over the words, aligned
 * by display width (a Chinese character takes two columns) and wrapped between words at the given width, then
 * the glosses of its Chinese words, one per line; words the reader knows need no gloss and get none.
 *
 * <pre>
 * yínháng hángzhǎng
 * 银行    行长
 *   银行 yín háng  bank; CL:家[jia1],個|个[ge4]
 * </pre>
 *
 * <p>The options ({@link RenderOptions}) give the width, the script and whether web clutter is kept. The pinyin
 * over the words is written as their {@link PinyinFormat} says: tones, syllables joined or spaced, and
 * spoken tone changes ({@code ní*hǎo}) worked out over the whole sentence; the gloss lines keep the citation tones.
 *
 * <p>Immutable and thread-safe. Control and escape characters from the input never reach the output.
 */
public final class Interlinear {

    private static final int MAX_SENSES = 3;
    private static final TextNormalizer CLEAN = new TextNormalizer();

    private final int width;
    private final PinyinFormat pinyin;
    private final Script script;
    private final boolean keepClutter;

    /** A renderer with the default options: 80 columns, tone marks, the characters as written. */
    public Interlinear() {
        this(RenderOptions.DEFAULT);
    }

    /** A renderer with {@code options}: their width, pinyin format, script and clutter. */
    public Interlinear(RenderOptions options) {
        Objects.requireNonNull(options, "options");
        this.width = options.width();
        this.pinyin = options.pinyin();
        this.script = options.script();
        this.keepClutter = options.keepClutter();
    }

    /** The whole text, sentences separated by blank lines. */
    public String render(AnnotatedText text) {
        StringBuilder sb = new StringBuilder();
        render(text, sb);
        return sb.toString();
    }

    /** Writes the whole text to {@code out}. */
    public void render(AnnotatedText text, Appendable out) {
        try {
            boolean first = true;
            int e = 0;
            int folded = 0;
            List<Expression> expressions = text.expressions();
            for (Sentence s : text.sentences()) {
                if (!keepClutter && text.isClutter(s)) {
                    folded++;
                    continue;
                }
                if (!first) out.append('\n');
                first = false;
                while (e < expressions.size() && expressions.get(e).sentence() < s.index()) e++;
                int from = e;
                while (e < expressions.size() && expressions.get(e).sentence() == s.index()) e++;
                out.append(sentence(s, expressions.subList(from, e)));
            }
            if (folded > 0) {
                out.append(first ? "" : "\n");
                String note = "(" + folded + (folded == 1 ? " sentence" : " sentences")
                        + " of web clutter after the article folded away: site notices, cut-off teasers)";
                for (String line : wrap(note)) out.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sentence: its interlinear lines, then its glosses. */
    public String sentence(Sentence sentence) {
        return sentence(sentence, List.of());
    }

    /** One sentence with the expressions found in it: its interlinear lines, then its phrases and glosses. */
    public String sentence(Sentence sentence, List<Expression> expressions) {
        StringBuilder sb = new StringBuilder();
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        List<Token> tokens = sentence.tokens();
        String[] texts = new String[tokens.size()];
        String[] pinyins = new String[tokens.size()];
        int[] columns = new int[tokens.size()];
        List<WordPinyin> written = pinyin.words(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            texts[i] = script.show(tokens.get(i), clean(tokens.get(i).text()));
            pinyins[i] = written.get(i).text();
            columns[i] = Math.max(DisplayWidth.of(texts[i]), DisplayWidth.of(pinyins[i]));
        }
        boolean[] starts = lineStarts(tokens, columns, width);
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && starts[i]) {
                flush(top, bottom, sb);
            } else if (i > 0) {
                top.append(' ');
                bottom.append(' ');
            }
            pad(top.append(pinyins[i]), columns[i] - DisplayWidth.of(pinyins[i]));
            pad(bottom.append(texts[i]), columns[i] - DisplayWidth.of(texts[i]));
        }
        flush(top, bottom, sb);
        for (String line : glossLines(sentence, expressions)) sb.append(line).append('\n');
        return sb.toString();
    }

    /**
     * Where the lines of a sentence start, when its tokens, {@code columns} wide each, are laid out with one space
     * between them in {@code width} columns: a token never splits, and a closing punctuation mark (。，”）…) never
     * starts a line while the word before it can move down with it.
     *
     * @return for each token, {@code true} when a line starts with it (always for the first)
     */
    public static boolean[] lineStarts(List<Token> tokens, int[] columns, int width) {
        boolean[] starts = new boolean[columns.length];
        if (columns.length > 0) starts[0] = true;
        int lineStart = 0;
        int used = 0;
        for (int i = 0; i < columns.length; i++) {
            if (i > lineStart && used + 1 + columns[i] > width) {
                int k = i;
                if (closing(tokens.get(i))) {
                    k = i - 1;
                    while (k > lineStart && closing(tokens.get(k))) k--;
                }
                int need = columns[k];
                for (int j = k + 1; j <= i; j++) need += 1 + columns[j];
                if (k > lineStart && k < i && need <= width) {
                    starts[k] = true;
                    lineStart = k;
                    used = need;
                } else {
                    starts[i] = true;
                    lineStart = i;
                    used = columns[i];
                }
                continue;
            }
            used += (i > lineStart ? 1 : 0) + columns[i];
        }
        return starts;
    }

    /** {@code true} for punctuation that belongs to the word before it: 。，、；：！？ and closing quotes and brackets. */
    private static boolean closing(Token t) {
        if (t.type() != io.github.zhreader.TokenType.PUNCTUATION || t.text().isEmpty()) return false;
        int type = Character.getType(t.text().codePointAt(0));
        return type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || "。，、；：！？,.;:!?…”’".indexOf(t.text().charAt(0)) >= 0;
    }

    /**
     * The pinyin of one word on its own, as the format writes it: joined as in running text ({@code yínháng},
     * {@code Xī'ān}), names capitalised ({@code Wāng Tāo}, {@code Zhākèbógé}). Tone changes that depend on the
     * next word need the whole sentence: see {@link PinyinFormat#words}.
     */
    public String wordPinyin(Token token) {
        return pinyin.word(token).text();
    }

    /**
     * The gloss lines of a sentence: first its idioms, slang and other glossary phrases (expressions over several
     * tokens, then tokens the glossary explains) in full, wrapped, with their literal meaning; then one line per
     * other word, cut at the width.
     */
    private List<String> glossLines(Sentence sentence, List<Expression> expressions) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Expression e : expressions) {
            if (!seen.add(e.headword())) continue;
            String shown = e.separated()
                    ? String.join(
                            "…",
                            e.parts().stream()
                                    .map(p -> clean(sentence.text()
                                            .substring(p.start() - sentence.start(), p.end() - sentence.start())))
                                    .toList())
                    : e.headword();
            phrases.addAll(wrap("  " + shown + " "
                    + pinyin.tones().format(List.of(e.gloss().pinyin().split(" "))) + "  " + explanation(e.gloss())));
        }
        for (Token t : sentence.tokens()) {
            if (t.glosses().isEmpty() || t.known() || !seen.add(t.text())) continue;
            Gloss g = t.glosses().get(0);
            String head = "  " + script.show(t, clean(t.text())) + " "
                    + pinyin.tones().format(t.syllables()) + "  ";
            if (g.source() == GlossSource.CURATED || g.source() == GlossSource.USER) {
                phrases.addAll(wrap(head + explanation(g)));
            } else {
                List<String> senses =
                        g.senses().subList(0, Math.min(MAX_SENSES, g.senses().size()));
                words.add(truncate(head + (g.source().wordLevel() ? "" : "≈ ") + String.join("; ", senses), width));
            }
        }
        phrases.addAll(words);
        return phrases;
    }

    /** A glossary explanation: its kind, its meanings, and its literal meaning. */
    public static String explanation(Gloss g) {
        String kind = g.kind() == GlossKind.WORD ? "" : "(" + g.kind().id() + ") ";
        return kind + String.join("; ", g.senses()) + (g.literal().isEmpty() ? "" : " [lit. " + g.literal() + "]");
    }

    /** Wraps a line at the width, between words, continuing with an indent. */
    public List<String> wrap(String line) {
        List<String> lines = new ArrayList<>();
        String indent = "      ";
        String rest = line;
        while (DisplayWidth.of(rest) > width) {
            int cut = cutPoint(rest, width);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** Where to cut {@code line} to fit {@code columns}: after the last space that fits, else at the width. */
    private static int cutPoint(String line, int columns) {
        int used = 0;
        int lastSpace = -1;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > columns) break;
            if (cp == ' ' && i > 8) lastSpace = i;
            used += w;
            i += Character.charCount(cp);
        }
        return lastSpace > 0 ? lastSpace : Math.max(i, 1);
    }

    /** {@code line} cut to {@code width} columns, with … where it was cut. */
    public static String truncate(String line, int width) {
        if (DisplayWidth.of(line) <= width) return line;
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > width - 1) break;
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    private static void flush(StringBuilder top, StringBuilder bottom, StringBuilder out) {
        if (top.isEmpty() && bottom.isEmpty()) return;
        String pinyin = top.toString().stripTrailing();
        if (!pinyin.isEmpty()) out.append(pinyin).append('\n');
        out.append(bottom.toString().stripTrailing()).append('\n');
        top.setLength(0);
        bottom.setLength(0);
    }

    private static void pad(StringBuilder sb, int spaces) {
        for (int i = 0; i < spaces; i++) sb.append(' ');
    }

    /** {@code text} without escape sequences, control and bidi characters: safe to write to a terminal. */
    public static String clean(String text) {
        return CLEAN.normalize(text).text();
    }
}
