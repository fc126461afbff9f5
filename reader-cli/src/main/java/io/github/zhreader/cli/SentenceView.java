package io.github.zhreader.cli;

import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.GlossSource;
import io.github.zhreader.Sentence;
import io.github.zhreader.Span;
import io.github.zhreader.Token;
import io.github.zhreader.pinyin.WordPinyin;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.render.PinyinFormat;
import io.github.zhreader.render.RenderOptions;
import io.github.zhreader.render.Script;
import io.github.zhreader.text.DisplayWidth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays out one sentence for the reading screen: interlinear lines (pinyin over each word, the column as wide as
 * the wider of the two, wrapped between words), then the glosses. Pure: the same sentence, cursor and settings
 * give the same lines, so it is tested without a terminal.
 */
final class SentenceView {

    /** Which glosses to list under a sentence. */
    enum Glosses {
        /** The gloss of every word the reader does not know yet, phrases first. */
        UNKNOWN,
        /** Every word's gloss, phrases first. */
        ALL,
        /** Idioms, slang and other glossary phrases, and the word under the cursor. */
        PHRASES,
        /** None; the word under the cursor still shows. */
        NONE;

        Glosses next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    /** The settings of a layout. */
    record Settings(
            int width,
            PinyinFormat format,
            Script script,
            boolean pinyin,
            Glosses glosses,
            boolean color,
            ToneColors colors,
            Set<String> known) {

        Settings(
                int width,
                ToneStyle tones,
                Script script,
                boolean pinyin,
                Glosses glosses,
                boolean color,
                ToneColors colors) {
            this(width, PinyinFormat.of(tones), script, pinyin, glosses, color, colors, Set.of());
        }

        ToneStyle tones() {
            return format.tones();
        }
    }

    private static final AttributedStyle CURSOR = AttributedStyle.INVERSE;
    private static final AttributedStyle PHRASE = AttributedStyle.DEFAULT.underline();

    private SentenceView() {}

    /**
     * The interlinear lines of {@code sentence}: pairs of a pinyin line and a character line (one line when
     * pinyin is off), wrapped at the width; known words have no pinyin over them, but under the cursor. The token at index {@code cursor} is highlighted; tokens inside a
     * phrase are underlined.
     */
    static List<AttributedString> interlinear(
            Sentence sentence, List<Expression> expressions, int cursor, Settings settings) {
        return interlinear(sentence, expressions, cursor, null, settings);
    }

    /**
     * The interlinear lines with {@code selected}, a span of the text over characters of one or more words, highlighted
     * instead of the word at {@code cursor}: the characters inside it, and the pinyin of the words it touches. A
     * {@code null} span highlights the word at {@code cursor}.
     */
    static List<AttributedString> interlinear(
            Sentence sentence, List<Expression> expressions, int cursor, Span selected, Settings settings) {
        List<AttributedString> lines = new ArrayList<>();
        AttributedStringBuilder top = new AttributedStringBuilder();
        AttributedStringBuilder bottom = new AttributedStringBuilder();
        List<Token> tokens = sentence.tokens();
        String[] texts = new String[tokens.size()];
        String[] pinyins = new String[tokens.size()];
        int[] columns = new int[tokens.size()];
        List<WordPinyin> written = settings.format().words(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            texts[i] = settings.script()
                    .show(tokens.get(i), Interlinear.clean(tokens.get(i).text()));
            pinyins[i] = showsPinyin(tokens.get(i), touches(tokens.get(i), i, cursor, selected), settings)
                    ? written.get(i).text()
                    : "";
            // A known word keeps the room of its pinyin, so the line does not move as the cursor passes.
            String room = settings.pinyin() ? written.get(i).text() : "";
            columns[i] = Math.max(DisplayWidth.of(texts[i]), DisplayWidth.of(room));
        }
        boolean[] starts = Interlinear.lineStarts(tokens, columns, settings.width());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && starts[i]) {
                flush(top, bottom, lines, settings.pinyin());
            } else if (i > 0) {
                top.append(' ');
                bottom.append(' ');
            }
            boolean whole = selected == null ? i == cursor : selected.start() <= t.start() && t.end() <= selected.end();
            AttributedStyle base = whole ? CURSOR : inPhrase(t, expressions) ? PHRASE : AttributedStyle.DEFAULT;
            if (!pinyins[i].isEmpty()) appendPinyin(top, written.get(i), settings, base);
            pad(top, columns[i] - DisplayWidth.of(pinyins[i]));
            // A word the span covers in part has its characters inside the span highlighted, when they are shown
            // as written (one for one); otherwise the whole word.
            boolean partly = !whole && selected != null && touches(t, i, -1, selected);
            boolean oneForOne = texts[i].length() == t.text().length();
            AttributedStyle partBase = base;
            java.util.function.IntFunction<AttributedStyle> styleAt = partly && oneForOne
                    ? offset -> t.start() + offset >= selected.start() && t.start() + offset < selected.end()
                            ? CURSOR
                            : partBase
                    : offset -> partly ? CURSOR : partBase;
            appendText(bottom, texts[i], written.get(i), settings, styleAt);
            pad(bottom, columns[i] - DisplayWidth.of(texts[i]));
        }
        flush(top, bottom, lines, settings.pinyin());
        return lines;
    }

    /** Whether token {@code i} is under the cursor or, when there is a selected span, has a character inside it. */
    private static boolean touches(Token t, int i, int cursor, Span selected) {
        return selected == null ? i == cursor : t.start() < selected.end() && selected.start() < t.end();
    }

    /** Pinyin is shown, when it is on, over every word but the known ones, unless the cursor is on one. */
    private static boolean showsPinyin(Token t, boolean underCursor, Settings settings) {
        return settings.pinyin() && (underCursor || !settings.known().contains(t.text()));
    }

    /**
     * The gloss lines under a sentence: the word under the cursor first (all its senses), then the sentence's
     * phrases explained in full, then one line per other word: all of them with {@link Glosses#ALL}, those the
     * reader does not know with {@link Glosses#UNKNOWN}.
     */
    static List<AttributedString> glosses(
            Sentence sentence, List<Expression> expressions, int cursor, Settings settings) {
        Token selected = cursor >= 0 && cursor < sentence.tokens().size()
                ? sentence.tokens().get(cursor)
                : null;
        return glosses(sentence, expressions, selected, settings);
    }

    /**
     * The gloss lines under a sentence with {@code selected} first: the word under the cursor, or a span of the text
     * made a word of its own for its look-up (its glosses empty when the dictionary lacks it); may be null.
     */
    static List<AttributedString> glosses(
            Sentence sentence, List<Expression> expressions, Token selected, Settings settings) {
        Interlinear layout = new Interlinear(RenderOptions.DEFAULT
                .withWidth(Math.max(20, settings.width()))
                .withTones(settings.tones())
                .withScript(settings.script()));
        List<AttributedString> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (selected != null) {
            Token t = selected;
            boolean span = !sentence.tokens().contains(t);
            if (!t.glosses().isEmpty() || span) {
                seen.add(t.text());
                String gloss = t.glosses().isEmpty()
                        ? "(no dictionary entry)"
                        : describe(t.glosses().get(0), true);
                for (String line : layout.wrap("▸ " + head(t, settings) + gloss)) {
                    lines.add(new AttributedString(line, AttributedStyle.BOLD));
                }
            }
        }
        if (settings.glosses() == Glosses.NONE) return lines;
        for (Expression e : expressions) {
            if (!seen.add(e.headword())) continue;
            String pinyin = Syllables.toMarks(
                    List.of(e.gloss().pinyin().toLowerCase(Locale.ROOT).split(" ")));
            for (String line :
                    layout.wrap("  " + e.headword() + " " + pinyin + "  " + Interlinear.explanation(e.gloss()))) {
                lines.add(new AttributedString(line, PHRASE));
            }
        }
        List<AttributedString> words = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            if (t.glosses().isEmpty() || !seen.add(t.text())) continue;
            Gloss g = t.glosses().get(0);
            boolean phrase = g.source() == GlossSource.CURATED || g.source() == GlossSource.USER;
            if (phrase) {
                for (String line : layout.wrap("  " + head(t, settings) + describe(g, true))) {
                    lines.add(new AttributedString(line));
                }
            } else if (settings.glosses() == Glosses.ALL
                    || settings.glosses() == Glosses.UNKNOWN
                            && !settings.known().contains(t.text())) {
                words.add(new AttributedString(
                        Interlinear.truncate("  " + head(t, settings) + describe(g, false), settings.width())));
            }
        }
        lines.addAll(words);
        return lines;
    }

    private static String head(Token t, Settings settings) {
        return settings.script().show(t, Interlinear.clean(t.text())) + " "
                + settings.tones().format(t.syllables()) + "  ";
    }

    private static String describe(Gloss g, boolean full) {
        if (g.source() == GlossSource.CURATED || g.source() == GlossSource.USER) return Interlinear.explanation(g);
        List<String> senses =
                full ? g.senses() : g.senses().subList(0, Math.min(3, g.senses().size()));
        return (g.source().wordLevel() ? "" : "≈ ") + String.join("; ", senses);
    }

    private static boolean inPhrase(Token t, List<Expression> expressions) {
        for (Expression e : expressions) {
            for (Span part : e.parts()) {
                if (t.start() < part.end() && part.start() < t.end()) return true;
            }
        }
        return false;
    }

    /** The word's pinyin, each syllable in the colour of its tone as shown. */
    private static void appendPinyin(
            AttributedStringBuilder sb, WordPinyin pinyin, Settings settings, AttributedStyle base) {
        if (!settings.color()) {
            sb.append(pinyin.text(), base);
            return;
        }
        for (WordPinyin.Piece piece : pinyin.pieces()) {
            boolean coloured = piece.kind() == WordPinyin.Kind.SYLLABLE;
            sb.append(piece.text(), coloured ? settings.colors().apply(base, piece.spoken()) : base);
        }
    }

    /**
     * The word's characters, each in the colour of its syllable's tone as shown, on the style {@code baseAt} gives
     * for its offset in {@code text}.
     */
    private static void appendText(
            AttributedStringBuilder sb,
            String text,
            WordPinyin pinyin,
            Settings settings,
            java.util.function.IntFunction<AttributedStyle> baseAt) {
        List<WordPinyin.Piece> syllables = pinyin.syllables();
        boolean colour = settings.color() && !syllables.isEmpty();
        int i = 0;
        int offset = 0;
        while (offset < text.length()) {
            int cp = text.codePointAt(offset);
            int next = offset + Character.charCount(cp);
            AttributedStyle base = baseAt.apply(offset);
            AttributedStyle style = colour && i < syllables.size()
                    ? settings.colors().apply(base, syllables.get(i).spoken())
                    : base;
            sb.append(text.substring(offset, next), style);
            offset = next;
            i++;
        }
    }

    private static void flush(
            AttributedStringBuilder top, AttributedStringBuilder bottom, List<AttributedString> lines, boolean pinyin) {
        if (top.length() == 0 && bottom.length() == 0) return;
        if (pinyin && !top.toString().isBlank()) lines.add(trimEnd(top));
        lines.add(trimEnd(bottom));
        top.setLength(0);
        bottom.setLength(0);
    }

    private static AttributedString trimEnd(AttributedStringBuilder sb) {
        String text = sb.toString();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        return sb.toAttributedString().subSequence(0, end);
    }

    private static void pad(AttributedStringBuilder sb, int spaces) {
        for (int i = 0; i < spaces; i++) sb.append(' ');
    }
}
