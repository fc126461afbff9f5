package io.github.zhreader.annotate;

import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * A reduplicated form of a word: AA (看看, 试试), A一A (想一想), A了A (看了看), ABAB (研究研究), AABB (高高兴兴,
 * 干干净净) and, for a verb-object word, AAB (点点头, 散散步). Such a form is glossed through its base word, with a
 * note on what the form adds, unless the dictionary has the form as a word of its own (妈妈, 星星, 刚刚, 常常 are
 * words, not forms).
 *
 * @param base    the base word: 看 for 看看, 研究 for 研究研究, 干净 for 干干净净
 * @param pattern the form, as {@code AA}, {@code A一A}, {@code A了A}, {@code ABAB}, {@code AABB} or {@code AAB}
 */
record Reduplication(String base, String pattern) {

    /** The form of {@code word}, or {@code null} when it is not one. Characters of the supplementary planes are left alone. */
    static Reduplication of(String word) {
        int n = word.length();
        if (word.codePointCount(0, n) != n || n < 2 || n > 4) return null;
        char a = word.charAt(0);
        if (n == 2 && word.charAt(1) == a) return new Reduplication(String.valueOf(a), "AA");
        if (n == 3 && word.charAt(2) == a && (word.charAt(1) == '一' || word.charAt(1) == '了') && a != '一') {
            return new Reduplication(String.valueOf(a), "A" + word.charAt(1) + "A");
        }
        if (n == 3 && word.charAt(1) == a && word.charAt(2) != a && a != '一') {
            return new Reduplication("" + a + word.charAt(2), "AAB");
        }
        if (n == 4 && word.charAt(2) == a && word.charAt(3) == word.charAt(1) && word.charAt(1) != a) {
            return new Reduplication(word.substring(0, 2), "ABAB");
        }
        if (n == 4 && word.charAt(1) == a && word.charAt(3) == word.charAt(2) && word.charAt(2) != a) {
            return new Reduplication("" + a + word.charAt(2), "AABB");
        }
        return null;
    }

    /**
     * Whether the dictionary's entries give the form a meaning of its own: an entry that is more than a variant
     * of, or a pointer to, another word.
     */
    static boolean hasOwnEntry(List<CedictEntry> entries) {
        return entries.stream()
                .anyMatch(e -> !e.referenceOnly() && e.variantOf().isEmpty());
    }

    /** The syllables of the form, from the base word's. */
    List<String> syllables(List<String> baseSyllables) {
        List<String> out = new ArrayList<>();
        switch (pattern) {
            case "AA" -> {
                out.addAll(baseSyllables);
                out.addAll(baseSyllables);
            }
            case "A一A", "A了A" -> {
                out.addAll(baseSyllables);
                out.add(pattern.charAt(1) == '一' ? "yi5" : "le5");
                out.addAll(baseSyllables);
            }
            case "ABAB" -> {
                out.addAll(baseSyllables);
                out.addAll(baseSyllables);
            }
            case "AAB" -> {
                out.add(baseSyllables.get(0));
                out.addAll(baseSyllables);
            }
            default -> {
                out.add(baseSyllables.get(0));
                out.add(baseSyllables.get(0));
                out.add(baseSyllables.get(1));
                out.add(baseSyllables.get(1));
            }
        }
        return out;
    }

    /** What the form adds to the base word, for the gloss's note; {@code tag} is the form's part of speech. */
    String note(String tag) {
        boolean verb = Tags.isVerb(tag);
        boolean adjective = Tags.isAdjective(tag) || Tags.isStateWord(tag) || Tags.isAdverb(tag);
        String adds;
        if (pattern.equals("A了A")) {
            adds = "did it briefly, once (a quick look, a short try)";
        } else if (pattern.equals("AABB") || adjective && !verb) {
            adds = "intensified and vivid: thoroughly, very";
        } else if (verb || pattern.equals("A一A") || pattern.equals("ABAB") || pattern.equals("AAB")) {
            adds = "briefly, a little, to give it a try; softer than the plain verb";
        } else {
            adds = "every one, each (for a noun or measure word: 人人 everyone)";
        }
        return "reduplicated " + base + " (" + pattern + "): " + adds;
    }
}
