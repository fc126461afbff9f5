package io.github.zhreader.lexicon;

import io.github.zhreader.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CC-CEDICT entry: a headword in traditional and simplified characters, its pinyin and its senses, for example
 * {@code 銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/}.
 *
 * <p>The pinyin is CC-CEDICT's numbered pinyin as given, normalised in two ways: {@code u:} is written {@code v}
 * ({@code lu:4} becomes {@code lv4}) and syllables are separated by single spaces. Capitals, the neutral tone
 * {@code 5}, Latin letters ({@code [san1 C]} for {@code 3C}) and punctuation tokens ({@code ,} and {@code ·}) are
 * kept as CC-CEDICT writes them.
 *
 * <p>The senses are the texts between the slashes, in order, including {@code CL:} classifier senses and
 * cross-references such as {@code variant of 騁|骋[cheng3]}; {@link #definitions()}, {@link #classifiers()},
 * {@link #crossReference()} and {@link #variantOf()} take them apart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param traditional the traditional headword, non-empty, without whitespace
 * @param simplified the simplified headword, non-empty, without whitespace; equal to {@code traditional} when the
 *     two forms are the same
 * @param pinyin numbered pinyin, normalised as described above; may be empty
 * @param senses the senses in dictionary order, at least one, none blank and none containing {@code /} or a line
 *     break
 */
public record CedictEntry(String traditional, String simplified, String pinyin, List<String> senses) {

    private static final String CLASSIFIER_PREFIX = "CL:";

    /**
     * A sense without the labels in brackets that begin it: "(coll.) to fail" is "to fail", "(bound form) (literary)
     * to send" is "to send". The case is kept.
     */
    public static String withoutLabels(String sense) {
        String s = sense.strip();
        while (s.startsWith("(")) {
            int close = s.indexOf(')');
            if (close < 0) break;
            s = s.substring(close + 1).strip();
        }
        return s;
    }

    /**
     * Validates the fields and normalises the pinyin.
     *
     * @param traditional the traditional headword
     * @param simplified the simplified headword
     * @param pinyin numbered pinyin, normalised here
     * @param senses the senses, copied
     * @throws IllegalArgumentException if a headword is empty or contains whitespace, or a sense is blank or contains
     *     {@code /} or a line break, or there are no senses
     * @throws NullPointerException if any argument or sense is {@code null}
     */
    public CedictEntry {
        requireHeadword(traditional, "traditional");
        requireHeadword(simplified, "simplified");
        pinyin = normalizePinyin(Objects.requireNonNull(pinyin, "pinyin"));
        senses = List.copyOf(Objects.requireNonNull(senses, "senses"));
        if (senses.isEmpty()) {
            throw new IllegalArgumentException("no senses for " + simplified);
        }
        for (String sense : senses) {
            if (sense.isBlank()) {
                throw new IllegalArgumentException("blank sense for " + simplified + ": " + senses);
            }
            if (sense.indexOf('/') >= 0 || sense.indexOf('\n') >= 0 || sense.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("sense contains '/' or a line break: " + sense);
            }
        }
    }

    /**
     * Returns the pinyin split at spaces: one element per syllable, Latin letter or punctuation token.
     * {@code [yin2 hang2]} gives {@code ["yin2", "hang2"]}; empty pinyin gives an empty list.
     *
     * @return the pinyin tokens in order
     */
    public List<String> syllables() {
        return pinyin.isEmpty() ? List.of() : List.of(pinyin.split(" "));
    }

    /**
     * Tells whether CC-CEDICT marks this entry as a name: some syllable is capitalised, as in
     * {@code 扎克伯格 [Zha1 ke4 bo2 ge2]} or {@code 北京 [Bei3 jing1]}. A syllable counts when it starts with an
     * uppercase letter and ends with a tone number, so bare Latin letters such as {@code [A cai4]} for {@code A菜}
     * or {@code [D N A]} do not make an entry a name.
     *
     * @return {@code true} for proper nouns
     */
    public boolean properNoun() {
        // The syllables are walked in place: this is asked of every word the reader meets.
        for (int start = 0; start < pinyin.length(); ) {
            int space = pinyin.indexOf(' ', start);
            int end = space < 0 ? pinyin.length() : space;
            if (end > start) {
                char first = pinyin.charAt(start);
                char last = pinyin.charAt(end - 1);
                if (first >= 'A' && first <= 'Z' && last >= '1' && last <= '5') {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * Returns the measure words from the senses that start with {@code CL:}, each as its simplified form followed by
     * its pinyin in brackets, normalised like {@link #pinyin()}: {@code CL:個|个[ge4],家[jia1]} gives
     * {@code ["个[ge4]", "家[jia1]"]}. A classifier written without pinyin is returned as the characters alone.
     * Classifiers mentioned inside a definition, such as {@code light (CL:道[dao4])}, are not included.
     *
     * @return the classifiers in dictionary order, empty when there are none
     */
    public List<String> classifiers() {
        List<String> classifiers = new ArrayList<>();
        for (String sense : senses) {
            if (sense.startsWith(CLASSIFIER_PREFIX)) {
                for (String item : splitOutsideBrackets(sense.substring(CLASSIFIER_PREFIX.length()))) {
                    String classifier = simplifiedForm(item.strip());
                    int bracket = classifier.indexOf('[');
                    if (bracket > 0) {
                        classifier = classifier.substring(0, bracket) + normalizePinyin(classifier.substring(bracket));
                    }
                    if (!classifier.isEmpty()) {
                        classifiers.add(classifier);
                    }
                }
            }
        }
        return List.copyOf(classifiers);
    }

    /**
     * Returns the senses other than the {@code CL:} classifier senses, in order. Cross-references such as
     * {@code variant of X} are definitions too and stay in the list.
     *
     * @return the definitions; empty only when every sense is a classifier sense
     */
    public List<String> definitions() {
        return senses.stream()
                .filter(sense -> !sense.startsWith(CLASSIFIER_PREFIX))
                .toList();
    }

    /**
     * Returns the simplified headword that the first cross-reference sense points at. Cross-reference senses are
     * {@code see X}, {@code see also X}, {@code used in X} and the {@code variant of X} family ({@code old variant of},
     * {@code erhua variant of}, ...), where X is written {@code TRAD|SIMP[pin1 yin1]} or {@code WORD[pin1 yin1]}, with
     * or without the pinyin. {@code 𰻞 𰻝 [biang2] /used in 𰻞𰻞麵|𰻝𰻝面[biang2 biang2 mian4]/} gives {@code 𰻝𰻝面}.
     * Only references to Chinese headwords count, so {@code see you} is not one.
     *
     * @return the referenced simplified headword, or empty when no sense is a cross-reference
     * @see #variantOf()
     */
    public Optional<String> crossReference() {
        return reference(false);
    }

    /**
     * Like {@link #crossReference()} but only for the {@code variant of X} family of senses: {@code 䶊 衄 [nv4]
     * /old variant of 衄[nv4]/} gives {@code 衄}, while a {@code see X} sense gives nothing.
     *
     * @return the simplified headword this entry is a variant of, or empty
     */
    public Optional<String> variantOf() {
        return reference(true);
    }

    /**
     * Tells whether every definition only points to another headword ({@code see X}, {@code variant of X}), as in
     * {@code 西安 [Xi1 an1] /see 西安市[Xi1 an1 Shi4]/see 西安區|西安区[Xi1 an1 Qu1]/}.
     *
     * @return {@code true} when the entry has definitions and all of them are cross-references
     */
    public boolean referenceOnly() {
        List<String> definitions = definitions();
        return !definitions.isEmpty()
                && definitions.stream()
                        .allMatch(sense -> Reference.mayBe(sense)
                                && Reference.PATTERN.matcher(sense).lookingAt());
    }

    /**
     * Whether a sense says its entry is a plain variant of another form ({@code variant of 為|为[wei2]}): said first,
     * it makes the entry a variant whose further senses, if any, are copied from that form.
     */
    public static boolean isVariantSense(String sense) {
        return sense.startsWith("variant of ");
    }

    /**
     * The senses with those that only say "see X" or "erhua variant of X" moved after the others, when the first is
     * one and there are others: the entry of 血 xie3 reads "blood" first, not "see 血[xue4]", and 玩意儿 "toy".
     * Other senses keep their order.
     */
    static List<String> seeReferencesLast(List<String> senses) {
        if (senses.size() < 2 || !Reference.isSeeOnly(senses.get(0))) return senses;
        List<String> own = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (String sense : senses) (Reference.isSeeOnly(sense) ? references : own).add(sense);
        if (own.isEmpty()) return senses;
        own.addAll(references);
        return own;
    }

    private Optional<String> reference(boolean variantsOnly) {
        for (String sense : senses) {
            if (!Reference.mayBe(sense)) continue;
            Matcher matcher = Reference.PATTERN.matcher(sense);
            if (matcher.lookingAt() && (!variantsOnly || matcher.group(1).endsWith("variant of"))) {
                String word = simplifiedForm(matcher.group(2));
                if (TokenType.containsHan(word)) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }

    /** Writes {@code u:} as {@code v} and collapses whitespace to single spaces, trimming both ends. */
    static String normalizePinyin(String pinyin) {
        StringBuilder normalized = new StringBuilder(pinyin.length());
        boolean space = false;
        for (int i = 0; i < pinyin.length(); i++) {
            char c = pinyin.charAt(i);
            if (Character.isWhitespace(c)) {
                space = normalized.length() > 0;
                continue;
            }
            if (space) {
                normalized.append(' ');
                space = false;
            }
            if ((c == 'u' || c == 'U') && i + 1 < pinyin.length() && pinyin.charAt(i + 1) == ':') {
                normalized.append(c == 'u' ? 'v' : 'V');
                i++;
            } else {
                normalized.append(c);
            }
        }
        return normalized.toString();
    }

    /** {@code 個|个[ge4]} gives {@code 个[ge4]}; a reference without {@code |} is returned as is. */
    private static String simplifiedForm(String reference) {
        int bar = reference.indexOf('|');
        int bracket = reference.indexOf('[');
        return bar >= 0 && (bracket < 0 || bar < bracket) ? reference.substring(bar + 1) : reference;
    }

    private static List<String> splitOutsideBrackets(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static void requireHeadword(String headword, String name) {
        Objects.requireNonNull(headword, name);
        if (headword.isEmpty()) {
            throw new IllegalArgumentException(name + " headword is empty");
        }
        for (int i = 0; i < headword.length(); i++) {
            if (Character.isWhitespace(headword.charAt(i))) {
                throw new IllegalArgumentException(name + " headword contains whitespace: '" + headword + "'");
            }
        }
    }

    /** Holds the cross-reference pattern, compiled on first use so that decoding entries does not load regex classes. */
    private static final class Reference {
        /**
         * A sense that points at another headword: {@code see X}, {@code see also X}, {@code used in X} or
         * {@code [old|erhua|...] variant of X}, where X is {@code TRAD|SIMP}, optionally followed by {@code [pinyin]}.
         */
        static final Pattern PATTERN =
                Pattern.compile("(see also|see|used in|(?:[A-Za-z-]+ )*variant of) ([^\\s\\[\\],;()]+)");

        /**
         * {@code false} when {@link #PATTERN} cannot match at the start of {@code sense}: it does not start with
         * {@code see} or {@code used in} and has no {@code variant of} in it. Most senses are not references, and
         * this spares them the regular expression.
         */
        static boolean mayBe(String sense) {
            return sense.startsWith("see") || sense.startsWith("used in") || sense.contains("variant of");
        }

        /**
         * A whole sense that only sends the reader to another headword: {@code see 血[xue4]}, or {@code erhua variant
         * of 玩意[wan2 yi4]}, which says only that the word is the other with the -r ending.
         */
        static final Pattern SEE_ONLY = Pattern.compile("(see|erhua variant of) [^\\s\\[]+(\\[[^\\]]*\\])?");

        static boolean isSeeOnly(String sense) {
            return (sense.startsWith("see ") || sense.startsWith("erhua variant of "))
                    && SEE_ONLY.matcher(sense).matches();
        }
    }
}
