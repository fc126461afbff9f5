package io.github.zhreader.lexicon;

import io.github.zhreader.TokenType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns traditional characters into simplified ones, word by word where the words decide and character by character
 * elsewhere, keeping the text's length so that offsets into the converted text are offsets into the original.
 *
 * <p>Characters first: CC-CEDICT's single-character entries give 後 后, 銀 银, 於 于. A few characters are
 * traditional forms of one character and also ordinary simplified characters of their own (著 in 著名, 么 in 什么,
 * 沈 the surname, 乾 in 乾隆); those stay as they are, unless the text has traditional characters and the dictionary's
 * longest word around one writes it otherwise (接著 is 接着; 著 in no word is the particle 着). A character changes only when both forms have the same length
 * in UTF-16 units. Then words, in a text that has traditional characters at all: one traditional character may
 * stand for several simplified ones (參 is 参 in 參加 and 人參, 乾 is 干 in 乾淨 and stays in 乾隆, 髮 and 發 are
 * both 发), which HanLP's phrase tables for traditional to simplified conversion ({@code data/dictionary/tc}, built
 * from OpenCC's) tell apart by the word. Each run of Han characters is converted by those tables and taken where the
 * result has the run's length; a run they would lengthen or shorten keeps the characters' conversion. Simplified
 * text never loads the tables.
 *
 * <p>Thread-safe: answers are cached as they are found, those for the Basic Multilingual Plane in an array indexed
 * by the character (a thread that finds a slot empty computes the same answer again; an int is written whole).
 */
public final class ScriptConverter {

    /** Characters that are also common simplified characters in their own right: never converted. */
    private static final String KEEP = "么宁乾沈覆著藉瞭薰爿祇堃";

    private final CedictDictionary cedict;
    /** For each BMP character, its simplified form plus one; 0 while not yet looked up. */
    private final int[] bmp = new int[Character.MAX_VALUE + 1];

    private final Map<Integer, Integer> supplementary = new ConcurrentHashMap<>();

    /** Converts with the single-character entries of {@code cedict}. */
    public ScriptConverter(CedictDictionary cedict) {
        this.cedict = cedict;
    }

    /** The simplified form of one code point, or the code point itself. */
    public int toSimplified(int codePoint) {
        if (codePoint < 0x3400) return codePoint;
        if (codePoint > Character.MAX_VALUE) return supplementary.computeIfAbsent(codePoint, this::lookUp);
        int known = bmp[codePoint];
        if (known == 0) bmp[codePoint] = known = lookUp(codePoint) + 1;
        return known - 1;
    }

    /**
     * {@code text} in simplified characters, converted word by word where HanLP's phrase tables know the words and
     * character by character elsewhere; same length as {@code text}.
     */
    public String toSimplified(String text) {
        String characters = charactersToSimplified(text);
        if (characters == text) return text;
        char[] out = characters.toCharArray();
        int i = 0;
        while (i < text.length()) {
            if (!TokenType.isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length()
                    && (TokenType.isHan(text.charAt(end)) || Character.isSurrogate(text.charAt(end)))) end++;
            String run = text.substring(i, end);
            if (!run.equals(characters.substring(i, end))) {
                String phrases = com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(run);
                if (phrases.length() == run.length()) phrases.getChars(0, run.length(), out, i);
            }
            for (int k = i; k < end; k++) {
                if (KEEP.indexOf(text.charAt(k)) >= 0) out[k] = keptCharacter(text, k, i, end, out[k]);
            }
            i = end;
        }
        return new String(out);
    }

    /**
     * The simplified form, in a text written in traditional characters, of a character that is also a simplified
     * character of its own: the form the dictionary's longest word around it gives (接著 is 接着, 著名 stays 著名); 著
     * with no word around it is the aspect particle 着 (看著他), which traditional text writes 著. Otherwise
     * {@code converted}, what the phrase tables made of it.
     */
    private char keptCharacter(String text, int at, int runStart, int runEnd, char converted) {
        char kept = text.charAt(at);
        for (int length = Math.min(4, runEnd - runStart); length >= 2; length--) {
            for (int from = Math.max(runStart, at - length + 1); from <= at && from + length <= runEnd; from++) {
                String window = text.substring(from, from + length);
                for (CedictEntry e : cedict.lookup(window)) {
                    if (e.traditional().equals(window) && e.simplified().length() == length) {
                        return e.simplified().charAt(at - from);
                    }
                }
            }
        }
        return kept == '著' ? '着' : converted;
    }

    /** {@code text} with each traditional character replaced by its simplified form; same length as {@code text}. */
    public String charactersToSimplified(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int simplified = toSimplified(cp);
            if (simplified != cp && sb == null) sb = new StringBuilder(text.substring(0, i));
            if (sb != null) sb.appendCodePoint(simplified);
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    private int lookUp(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        if (KEEP.indexOf(codePoint) >= 0) return codePoint;
        List<CedictEntry> entries = cedict.lookup(character);
        for (CedictEntry e : entries) {
            if (e.traditional().equals(character)
                    && !e.simplified().equals(character)
                    && e.simplified().codePointCount(0, e.simplified().length()) == 1
                    && e.simplified().length() == character.length()) {
                return e.simplified().codePointAt(0);
            }
        }
        return codePoint;
    }
}
