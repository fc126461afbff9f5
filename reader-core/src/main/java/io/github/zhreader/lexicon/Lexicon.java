package io.github.zhreader.lexicon;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The words a reader knows about, with their readings and senses: the user's glossaries, zhreader's curated
 * glossary and CC-CEDICT, asked in that order, so the rest of the pipeline asks one place.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {

    private final CedictDictionary cedict;
    private final List<Glossary> glossaries;
    /** The same, as an array: looked up for many spans of every sentence, without an iterator each time. */
    private final Glossary[] glossaryArray;

    private final int maxWordLength;
    private final int maxGlossaryWordLength;
    /**
     * The glossaries' headwords and rule texts as a one-hash Bloom filter over their {@link String#hashCode()}s:
     * a clear bit means no glossary has that string, so the repairs can skip most of the substrings they try
     * without making them. {@value #FILTER_BITS} bits for about four thousand strings: under 1% false positives.
     */
    private final long[] glossaryFilter = new long[FILTER_BITS / 64];
    /** The first two characters of every glossary headword and rule text, hashed as {@link #pairBit}. */
    private final long[] glossaryStarts = new long[PAIR_BITS / 64];

    private static final int FILTER_BITS = 1 << 19;
    /**
     * Answers already found: the pipeline asks about the same strings again and again (every segment, every
     * substring tried by the repairs). Cleared when it grows past {@value #CACHE_LIMIT} entries, so memory stays
     * bounded on texts of any size.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, List<CedictEntry>> entries =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 200_000;

    /**
     * A lexicon over CC-CEDICT and glossaries.
     *
     * @param cedict     the dictionary
     * @param glossaries glossaries in order of precedence: the first that has a word explains it
     */
    public Lexicon(CedictDictionary cedict, List<Glossary> glossaries) {
        this.cedict = Objects.requireNonNull(cedict, "cedict");
        this.glossaries = List.copyOf(glossaries);
        this.glossaryArray = this.glossaries.toArray(new Glossary[0]);
        this.maxGlossaryWordLength =
                this.glossaries.stream().mapToInt(Glossary::maxWordLength).max().orElse(0);
        this.maxWordLength = Math.max(cedict.maxWordLength(), maxGlossaryWordLength);
        for (Glossary g : this.glossaries) {
            for (GlossaryEntry e : g.entries()) {
                addToFilter(e.simplified().hashCode());
                addToFilter(e.traditional().hashCode());
                addStart(e.simplified());
                addStart(e.traditional());
            }
            for (String rule : g.rules().keySet()) {
                addToFilter(rule.hashCode());
                addStart(rule);
            }
        }
    }

    private void addToFilter(int hash) {
        int bit = filterBit(hash);
        glossaryFilter[bit >>> 6] |= 1L << bit;
    }

    private void addStart(String word) {
        if (word.length() < 2) return;
        int bit = pairBit(word.charAt(0), word.charAt(1));
        glossaryStarts[bit >>> 6] |= 1L << bit;
    }

    private static int pairBit(char a, char b) {
        return CedictDictionary.pairBit(a, b, PAIR_BITS);
    }

    private static final int PAIR_BITS = 1 << 17;

    /**
     * {@code false} when no glossary headword or rule text of two or more characters begins with {@code a} then
     * {@code b}: a caller looking for glossary words starting at a position can skip it at once.
     */
    public boolean mayStartGlossaryWord(char a, char b) {
        int bit = pairBit(a, b);
        return (glossaryStarts[bit >>> 6] & 1L << bit) != 0;
    }

    /**
     * {@code false} when no CC-CEDICT or glossary headword or rule text of two or more characters begins with
     * {@code a} then {@code b}.
     */
    public boolean mayStartWord(char a, char b) {
        return cedict.mayStartWith(a, b) || mayStartGlossaryWord(a, b);
    }

    private static int filterBit(int hash) {
        return (hash ^ hash >>> 16) & (FILTER_BITS - 1);
    }

    /**
     * {@code false} when no glossary has a headword or segmentation rule whose {@link String#hashCode()} is
     * {@code hash}; {@code true} when one may, and {@link #glossaryEntry(String)} or
     * {@link #segmentationRule(String)} will tell. Lets a caller that tries many substrings skip most of them
     * without making them: the hash of {@code text[start, end)} is {@link #hash(CharSequence, int, int)}, or
     * {@code 31 * hash(text, start, end - 1) + text.charAt(end - 1)} when growing a span one char at a time.
     */
    public boolean mayBeGlossaryWord(int hash) {
        int bit = filterBit(hash);
        return (glossaryFilter[bit >>> 6] & 1L << bit) != 0;
    }

    /**
     * {@code false} when no CC-CEDICT or glossary headword has {@code hash} as its {@link String#hashCode()};
     * {@code true} when one may, and {@link #isWord(String)} will tell. See {@link #mayBeGlossaryWord(int)}.
     */
    public boolean mayBeWord(int hash) {
        return cedict.mayContain(hash) || mayBeGlossaryWord(hash);
    }

    /** The {@link String#hashCode()} that {@code text.subSequence(start, end).toString()} would have. */
    public static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
        return h;
    }

    /** A lexicon over CC-CEDICT alone. */
    public Lexicon(CedictDictionary cedict) {
        this(cedict, List.of());
    }

    /** The bundled CC-CEDICT and curated glossary, after the given user glossaries. */
    public static Lexicon bundled(List<Glossary> userGlossaries) {
        List<Glossary> all = new ArrayList<>(userGlossaries);
        all.add(Glossary.curated());
        return new Lexicon(CedictDictionary.bundled(), all);
    }

    /** The bundled CC-CEDICT and curated glossary. */
    public static Lexicon bundled() {
        return bundled(List.of());
    }

    /** The CC-CEDICT entries whose simplified or traditional headword is {@code word}, in dictionary order. */
    public List<CedictEntry> lookup(String word) {
        List<CedictEntry> found = entries.get(word);
        if (found == null) {
            if (entries.size() > CACHE_LIMIT) entries.clear();
            found = cedict.lookup(word);
            entries.put(word, found);
        }
        return found;
    }

    /** The glossary entries for {@code word}, one from each glossary that has it, in order of precedence. */
    public List<GlossaryEntry> glossaryEntries(String word) {
        List<GlossaryEntry> found = new ArrayList<>(1);
        for (Glossary g : glossaries) g.lookup(word).ifPresent(found::add);
        return found;
    }

    /** The glossary entry for {@code word} from the first glossary that has it. */
    public Optional<GlossaryEntry> glossaryEntry(String word) {
        for (Glossary g : glossaryArray) {
            Optional<GlossaryEntry> e = g.lookup(word);
            if (e.isPresent()) return e;
        }
        return Optional.empty();
    }

    /**
     * The headword that a word of Chinese characters and Latin letters is, as the dictionary or a glossary writes
     * it: the text itself, or with its letters in capitals (t恤 as CC-CEDICT's T恤, 卡拉ok as 卡拉OK) or in lower
     * case (打Call as 打call); empty when none is a headword.
     */
    public Optional<String> mixedHeadword(String text) {
        if (isWord(text)) return Optional.of(text);
        StringBuilder upper = new StringBuilder(text.length());
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            upper.append(c < 0x80 ? Character.toUpperCase(c) : c);
            lower.append(c < 0x80 ? Character.toLowerCase(c) : c);
        }
        for (String form : List.of(upper.toString(), lower.toString())) {
            if (!form.equals(text) && isWord(form)) return Optional.of(form);
        }
        return Optional.empty();
    }

    /** {@code true} when {@code word} is a headword of CC-CEDICT or of a glossary. */
    public boolean isWord(String word) {
        return isWord(word, 0, word.length());
    }

    /** {@code true} when {@code text[start, end)} is a headword of CC-CEDICT or of a glossary. */
    public boolean isWord(String text, int start, int end) {
        return isWord(text, start, end, hash(text, start, end));
    }

    /**
     * {@link #isWord(String, int, int)} for a caller that has the span's hash ({@link #hash(CharSequence, int, int)})
     * already. Whether a span is a CC-CEDICT headword is answered without making it a string or decoding an entry.
     */
    public boolean isWord(String text, int start, int end, int hash) {
        if (cedict.mayContain(hash) && cedict.contains(text, start, end, hash)) return true;
        return mayBeGlossaryWord(hash)
                && glossaryEntry(text.substring(start, end)).isPresent();
    }

    /** The length, in UTF-16 units, of the longest headword. */
    public int maxWordLength() {
        return maxWordLength;
    }

    /**
     * Cuts {@code text[start, end)} into the longest lexicon words by forward maximum matching; characters that
     * start no word stand alone. Each part is {@code [start, end)}.
     */
    public List<int[]> longestWords(String text, int start, int end) {
        List<int[]> parts = new ArrayList<>();
        for (int i = start; i < end; ) {
            int next = longestWordEnd(text, i, end);
            parts.add(new int[] {i, next});
            i = next;
        }
        return parts;
    }

    /**
     * Cuts {@code text[start, end)} into lexicon words by forward or by backward maximum matching, whichever gives
     * fewer parts, then fewer single characters; backward on a tie, since Chinese compounds end in their head (这时候
     * is 这/时候, not 这时/候). For glossing an unknown word by its parts, not for segmenting.
     */
    public List<int[]> bestParts(String text, int start, int end) {
        List<int[]> forward = longestWords(text, start, end);
        List<int[]> backward = new ArrayList<>();
        for (int j = end; j > start; ) {
            int from = Math.max(start, j - maxWordLength);
            int found = j - (Character.isLowSurrogate(text.charAt(j - 1)) && j - 2 >= start ? 2 : 1);
            for (int i = from; i < found; i++) {
                if (Character.isLowSurrogate(text.charAt(i))) continue;
                if (isWord(text, i, j)) {
                    found = i;
                    break;
                }
            }
            backward.add(0, new int[] {found, j});
            j = found;
        }
        if (forward.size() != backward.size()) return forward.size() < backward.size() ? forward : backward;
        return singles(forward) < singles(backward) ? forward : backward;
    }

    private static int singles(List<int[]> parts) {
        int n = 0;
        for (int[] r : parts) if (r[1] - r[0] == 1) n++;
        return n;
    }

    /**
     * The end of the longest word of two or more characters starting at {@code from} (and ending by {@code end})
     * that {@code isWord} accepts, or the end of the character at {@code from} when there is none.
     */
    public int longestWordEnd(String text, int from, int end, java.util.function.Predicate<String> isWord) {
        int single = from + Character.charCount(text.codePointAt(from));
        for (int j = Math.min(end, from + maxWordLength); j > single; j--) {
            if (j < text.length() && Character.isLowSurrogate(text.charAt(j))) continue;
            if (isWord.test(text.substring(from, j))) return j;
        }
        return single;
    }

    /** {@link #longestWordEnd(String, int, int, java.util.function.Predicate)} with {@link #isWord}. */
    private int longestWordEnd(String text, int from, int end) {
        int single = from + Character.charCount(text.codePointAt(from));
        int last = Math.min(end, from + maxWordLength);
        // hashes[k]: the hash of text[from, from + k), so that spans no headword has are skipped unmade.
        int[] hashes = new int[last - from + 1];
        for (int k = 1; k < hashes.length; k++) hashes[k] = 31 * hashes[k - 1] + text.charAt(from + k - 1);
        for (int j = last; j > single; j--) {
            if (j < text.length() && Character.isLowSurrogate(text.charAt(j))) continue;
            if (isWord(text, from, j, hashes[j - from])) return j;
        }
        return single;
    }

    /** The length, in UTF-16 units, of the longest glossary headword or segmentation rule. */
    public int maxGlossaryWordLength() {
        return maxGlossaryWordLength;
    }

    /** The glossaries, in order of precedence. */
    public List<Glossary> glossaries() {
        return glossaries;
    }

    /** The words a segmentation rule says {@code text} must be cut into, from the first glossary that has one. */
    public Optional<List<String>> segmentationRule(String text) {
        for (Glossary g : glossaries) {
            List<String> parts = g.rules().get(text);
            if (parts != null) return Optional.of(parts);
        }
        return Optional.empty();
    }

    /** The CC-CEDICT dictionary behind this lexicon. */
    public CedictDictionary cedict() {
        return cedict;
    }

    /**
     * The gloss of one dictionary entry. When all an entry says is "variant of X" or "see X", the definitions of X
     * follow, so the reader is not sent elsewhere.
     */
    public Gloss gloss(CedictEntry e) {
        List<String> senses = e.senses();
        Optional<String> target = e.crossReference();
        if (target.isPresent() && e.referenceOnly()) {
            List<String> joined = new ArrayList<>(senses);
            cedict.lookup(target.get()).stream()
                    .filter(t -> !t.referenceOnly())
                    .findFirst()
                    .ifPresent(t -> joined.addAll(t.definitions()));
            senses = joined;
        }
        return new Gloss(
                e.simplified(),
                e.traditional(),
                e.pinyin(),
                CedictEntry.seeReferencesLast(senses),
                GlossSource.CEDICT,
                e.properNoun() ? GlossKind.NAME : GlossKind.WORD);
    }
}
