package io.github.zhreader.annotate;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.GlossaryEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the glosses of a Han token, best first: the glossary's explanation (a user's, then the curated one), then
 * the dictionary's entries for the word (the entry whose reading was chosen first, then other readings); for words the lexicon lacks, a rule-made gloss for numbers and names; and
 * as the last resort the glosses of the word's parts, side by side, so no Han token is left without a gloss.
 *
 * <p>Thread-safe.
 */
final class GlossFinder {

    private final Lexicon lexicon;
    private final SenseOrder senses;

    /** A finder whose glosses of parts show each part's sense in the sense table's order ({@code senses}). */
    GlossFinder(Lexicon lexicon, SenseOrder senses) {
        this.lexicon = lexicon;
        this.senses = senses;
    }

    /**
     * @param explained the glossaries' entries for the word, in order of precedence, each with the context word
     *                  the sentence mentions; an entry with context words comes before the dictionary only when
     *                  the sentence mentions one of them, and after it otherwise
     */
    List<Gloss> glosses(
            String word,
            String written,
            String tag,
            List<String> syllables,
            List<CedictEntry> entries,
            List<WordAnnotator.Explained> explained) {
        if (!explained.isEmpty()) {
            List<Gloss> before = new ArrayList<>();
            List<Gloss> after = new ArrayList<>();
            for (WordAnnotator.Explained x : explained) {
                GlossaryEntry e = x.entry();
                if (e.context().isEmpty()) before.add(e.toGloss());
                else if (x.reason().isPresent()) before.add(e.toGloss(x.reason().get()));
                else after.add(e.toGloss());
            }
            List<Gloss> result = new ArrayList<>(before);
            result.addAll(fromEntries(entries, written, tag, syllables, Tags.isName(tag)));
            result.addAll(after);
            return result;
        }
        if (!entries.isEmpty()) return fromEntries(entries, written, tag, syllables, Tags.isName(tag));
        Optional<Gloss> number = ChineseNumbers.estimate(word)
                .map(v -> "an estimate: " + v)
                .or(() -> ChineseNumbers.value(word).map(v -> "the number " + v))
                .map(v -> new Gloss(
                        word, word, String.join(" ", syllables), List.of(v), GlossSource.RULE, GlossKind.NUMBER));
        if (number.isPresent()) return List.of(number.get());
        if (Tags.isName(tag) && word.codePointCount(0, word.length()) > 1) return List.of(name(word, tag, syllables));
        return List.of(fromParts(word, syllables));
    }

    /**
     * The dictionary's entries as glosses, best first: the chosen reading; the form the text writes (歲 before its
     * variant 嵗); a proper noun only for a name; entries that only point elsewhere, then variants, last.
     */
    private List<Gloss> fromEntries(
            List<CedictEntry> entries, String written, String tag, List<String> chosen, boolean name) {
        // Each entry's rank is worked out once (the comparisons split its pinyin and read its senses), then a
        // stable sort by rank keeps dictionary order among equals.
        List<Ranked> ordered = new ArrayList<>(entries.size());
        for (CedictEntry e : entries) {
            int rank = (sameReading(e, chosen) ? 0 : 1) * 27
                    + (e.simplified().equals(written) || e.traditional().equals(written) ? 0 : 1) * 9
                    + (e.properNoun() == name ? 0 : 1) * 3
                    + (e.referenceOnly() ? 2 : e.variantOf().isPresent() ? 1 : 0);
            ordered.add(new Ranked(e, rank));
        }
        ordered.sort(Comparator.comparingInt(Ranked::rank));
        List<Gloss> glosses = new ArrayList<>(ordered.size());
        for (Ranked r : ordered) glosses.add(lexicon.gloss(r.entry()));
        if (!glosses.isEmpty()) glosses.set(0, grammarFirst(glosses.get(0), tag));
        return glosses;
    }

    /** An entry and its place in the order of glosses: lower first. */
    private record Ranked(CedictEntry entry, int rank) {}

    /** Part-of-speech tags of function words, and what the tag says, for the note. */
    private static final Map<Character, String> FUNCTION_TAGS = Map.of(
            'p',
            "a preposition",
            'c',
            "a conjunction",
            'u',
            "a particle",
            'y',
            "a modal particle",
            'q',
            "a classifier");

    /**
     * For a function word, the senses that describe its grammar ("used to indicate passive voice", "classifier
     * for ...") come first: 被 tagged as a preposition is "by", not "quilt". The note says why.
     */
    private static Gloss grammarFirst(Gloss g, String tag) {
        if (tag.isEmpty()
                || !FUNCTION_TAGS.containsKey(tag.charAt(0))
                || g.senses().size() < 2) return g;
        boolean classifier = tag.charAt(0) == 'q';
        List<String> grammar = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String sense : g.senses()) {
            String lower = sense.toLowerCase(Locale.ROOT);
            boolean isGrammar = classifier
                    ? lower.startsWith("classifier")
                    : lower.startsWith("used ")
                            || lower.startsWith("(used")
                            || lower.contains("particle")
                            || lower.contains("marker")
                            || lower.startsWith("(indicat")
                            || lower.startsWith("indicat");
            (isGrammar ? grammar : other).add(sense);
        }
        if (grammar.isEmpty() || g.senses().get(0).equals(grammar.get(0))) return g;
        grammar.addAll(other);
        String why = "grammatical sense first: used here as " + FUNCTION_TAGS.get(tag.charAt(0));
        return new Gloss(
                g.headword(),
                g.traditional(),
                g.pinyin(),
                grammar,
                g.source(),
                g.kind(),
                g.literal(),
                g.note().isEmpty() ? why : g.note() + "; " + why);
    }

    private static boolean sameReading(CedictEntry e, List<String> chosen) {
        return e.syllables().stream()
                .map(s -> s.toLowerCase(Locale.ROOT))
                .toList()
                .equals(chosen);
    }

    /**
     * A name the dictionary lacks. Its pinyin is capitalised as names are written: a Chinese personal name as
     * surname and given name ({@code Wang1 Tao1}), other names as one word ({@code Ao4 te4 man4}).
     */
    private static Gloss name(String word, String tag, List<String> syllables) {
        String kind = Tags.isPlaceName(tag)
                ? "place name"
                : Tags.isOrganisation(tag)
                        ? "organisation name"
                        : Tags.isTransliteratedName(tag) ? "transliterated foreign name" : "personal name";
        boolean chinesePerson = Tags.isPersonName(tag) && !Tags.isTransliteratedName(tag);
        List<String> capitalised = new ArrayList<>(syllables.size());
        StringBuilder romanised = new StringBuilder();
        for (int i = 0; i < syllables.size(); i++) {
            String s = syllables.get(i);
            boolean startsWord = i == 0 || (chinesePerson && i == 1);
            if (startsWord && !s.isEmpty()) s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            capitalised.add(s);
            if (startsWord && i > 0) romanised.append(' ');
            romanised.append(Syllables.toneless(s).replace('v', 'ü'));
        }
        return new Gloss(
                word,
                word,
                String.join(" ", capitalised),
                List.of(kind + ": " + romanised),
                GlossSource.RULE,
                GlossKind.NAME);
    }

    /**
     * The fallback: each part (a lexicon word or a single character) with its reading and first sense, the sense of
     * the part's entry with that reading where it has one (一行 yi1 hang2: 行 "row", not 行 xing2 "to walk").
     */
    Gloss fromParts(String word, List<String> syllables) {
        return fromParts(word, syllables, lexicon.bestParts(word, 0, word.length()));
    }

    /**
     * As {@link #fromParts(String, List)}, for a word the dictionary has but not with {@code syllables}: its parts
     * smaller than itself, down to single characters.
     */
    Gloss fromSmallerParts(String word, List<String> syllables) {
        List<int[]> parts = lexicon.bestParts(word, 0, word.length());
        if (parts.size() == 1) {
            parts = new ArrayList<>();
            for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
                parts.add(new int[] {i, i + Character.charCount(word.codePointAt(i))});
            }
        }
        return fromParts(word, syllables, parts);
    }

    private Gloss fromParts(String word, List<String> syllables, List<int[]> parts) {
        List<String> senses = new ArrayList<>();
        int syllable = 0;
        for (int[] r : parts) {
            String part = word.substring(r[0], r[1]);
            int count = part.codePointCount(0, part.length());
            List<String> partSyllables = syllables.subList(
                    Math.min(syllable, syllables.size()), Math.min(syllable + count, syllables.size()));
            syllable += count;
            // An entry of the part's reading with a meaning of its own, then any with a meaning of its own, before
            // one that only points to another form (救 "to save", not "variant of 救"), a name's last.
            List<CedictEntry> entries = lexicon.lookup(part);
            String meaning = first(entries, e -> ownMeaning(e) && sameReading(e, partSyllables))
                    .or(() -> first(entries, GlossFinder::ownMeaning))
                    .or(() -> first(
                            entries, e -> !e.properNoun() && !e.definitions().isEmpty()))
                    .or(() -> first(entries, e -> !e.definitions().isEmpty()))
                    .map(e -> commonSense(e, part))
                    .orElse("?");
            senses.add(part + " " + Syllables.toMarks(partSyllables) + ": " + meaning);
        }
        return new Gloss(
                word,
                word,
                String.join(" ", syllables),
                List.of(String.join(" + ", senses)),
                GlossSource.CHARACTERS,
                GlossKind.WORD);
    }

    /**
     * The sense of a part's entry to show: the one the sense table puts first whatever the sentence says (话 "words",
     * not "dialect"), else the dictionary's first.
     */
    private String commonSense(CedictEntry e, String part) {
        String first = e.definitions().get(0);
        if (!senses.hasRules(part)) return first;
        SenseOrder.Ordered ordered = senses.withoutSentence(List.of(lexicon.gloss(e)), part, "");
        if (ordered == null || ordered.glosses().isEmpty()) return first;
        return ordered.glosses().get(0).senses().get(0);
    }

    /** Whether an entry has senses of its own: not a name, not only a pointer to another word or form. */
    private static boolean ownMeaning(CedictEntry e) {
        return !e.properNoun()
                && !e.definitions().isEmpty()
                && !e.referenceOnly()
                && e.variantOf().isEmpty();
    }

    private static Optional<CedictEntry> first(
            List<CedictEntry> entries, java.util.function.Predicate<CedictEntry> test) {
        for (CedictEntry e : entries) if (test.test(e)) return Optional.of(e);
        return Optional.empty();
    }
}
