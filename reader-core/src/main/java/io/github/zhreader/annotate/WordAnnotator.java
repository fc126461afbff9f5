package io.github.zhreader.annotate;

import io.github.zhreader.Gloss;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.GlossaryEntry;
import io.github.zhreader.lexicon.HskLevels;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.ReadingChooser;
import io.github.zhreader.pinyin.ReadingChooser.Choice;
import io.github.zhreader.segment.Segmenter;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word phase of readings and senses: what a word, its tag and the glossary context words of its sentence say,
 * before its neighbours are looked at. A word gets its syllables ({@link ReadingChooser#explain}, or a glossary's
 * reading, or the reading of the form the text writes), its glosses ({@link GlossFinder}), ordered by its tag and
 * by the sense table's lines that need no sentence ({@link SenseOrder}); a reduplicated form is glossed through its
 * base word. {@link ContextReadings} and {@link ContextSenses} then revise them token by token.
 *
 * <p>Thread-safe: the annotations of the words met so far are kept in a concurrent map shared by every text.
 */
final class WordAnnotator {

    private final Lexicon lexicon;
    private final Segmenter segmenter;
    private final ReadingChooser readings;
    private final GlossFinder glosses;
    private final SenseOrder senses;
    /**
     * The annotations of the words met so far, in every text: a word's annotation depends only on the word, its tag,
     * the context words found and the reader's data, which never change. Emptied when it holds
     * {@value #WORDS_KEPT} words, which bounds its memory (19 MB after the 500,000
     * characters of the PKU and CPP texts; roughly twice that when full) and keeps the words of the texts being read.
     */
    private final Map<WordKey, WordAnnotation> words = new ConcurrentHashMap<>();

    private static final int WORDS_KEPT = 50_000;

    WordAnnotator(Lexicon lexicon, Segmenter segmenter, ReadingChooser readings, SenseOrder senses) {
        this.lexicon = lexicon;
        this.segmenter = segmenter;
        this.readings = readings;
        this.glosses = new GlossFinder(lexicon, senses);
        this.senses = senses;
    }

    /**
     * The annotation of a Han word in {@code sentence}, computed once per written form, tag and context words found.
     *
     * @param word    the word in simplified characters, as looked up
     * @param written the word as the text writes it, which may be traditional
     */
    WordAnnotation annotate(String word, String written, String tag, String sentence) {
        List<Explained> explained = explained(word, sentence);
        // Context decides between senses, so the words found are part of the key.
        WordKey key = new WordKey(written, tag, reasons(explained));
        WordAnnotation a = words.get(key);
        if (a == null) {
            // Computed outside the map: two runs may both compute a word, with the same result.
            a = annotate(word, written, tag, explained);
            if (words.size() >= WORDS_KEPT) words.clear();
            words.putIfAbsent(key, a);
        }
        return a;
    }

    /**
     * The glossaries' explanations of a Latin token that is a letter abbreviation of the internet (yyds, u1s1),
     * looked up in lower case; none for other Latin words.
     */
    List<Gloss> abbreviation(String word) {
        if (word.length() < 2 || word.length() > 8) return List.of();
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lexicon.mayBeGlossaryWord(lower.hashCode())) return List.of();
        List<GlossaryEntry> entries = lexicon.glossaryEntries(lower);
        if (entries.isEmpty()) return List.of();
        List<Gloss> found = new ArrayList<>(entries.size());
        for (GlossaryEntry e : entries) found.add(e.toGloss());
        return List.copyOf(found);
    }

    private WordAnnotation annotate(String word, String written, String tag, List<Explained> explained) {
        List<CedictEntry> entries = ownCharacter(lexicon.lookup(word), word, written);
        Reduplication form = explained.isEmpty() ? Reduplication.of(word) : null;
        if (form != null
                && !Reduplication.hasOwnEntry(entries)
                && !lexicon.lookup(form.base()).isEmpty()) {
            WordAnnotation reduplicated = reduplicated(word, written, tag, form);
            if (reduplicated != null) return reduplicated;
        }
        int characters = word.codePointCount(0, word.length());
        // The reading of the first glossary entry that applies here: one without context words, or whose context
        // the sentence mentions, or any when the dictionary has no rival reading.
        List<Choice> choices = explained.stream()
                .filter(x -> x.entry().syllables().size() == characters)
                .filter(x -> x.entry().context().isEmpty() || x.reason().isPresent() || entries.isEmpty())
                .map(x -> ReadingChooser.fromGlossary(x.entry().syllables()))
                .findFirst()
                .orElseGet(() -> {
                    List<CedictEntry> same = asWritten(entries, word, written);
                    if (same != entries
                            && same.stream()
                                            .map(e -> String.join(" ", e.syllables())
                                                    .toLowerCase(Locale.ROOT))
                                            .distinct()
                                            .count()
                                    == 1) {
                        return ReadingChooser.fromWrittenForm(same.get(0).syllables().stream()
                                .map(x -> x.toLowerCase(Locale.ROOT))
                                .toList());
                    }
                    return readings.explain(word, tag, same);
                });
        if (hasLatin(written)) choices = lettersAsWritten(choices, written);
        List<String> syllables = choices.stream().map(Choice::syllable).toList();
        SenseOrder.Ordered ordered =
                senses.byTag(glosses.glosses(word, written, tag, syllables, entries, explained), tag);
        // The sense table's rules for the word that look only at the tag are applied here, once per word and tag;
        // those that look at the sentence, for each token.
        SenseOrder.Ordered settled = senses.withoutSentence(ordered.glosses(), word, tag);
        if (settled != null && !settled.reading().isEmpty()) {
            List<Choice> bySense = bySense(choices, settled.reading());
            if (bySense == null) {
                settled = new SenseOrder.Ordered(ordered.glosses(), "");
            } else {
                choices = bySense;
                syllables = choices.stream().map(Choice::syllable).toList();
            }
        }
        if (settled != null && !settled.reason().isEmpty()) ordered = settled;
        return new WordAnnotation(
                syllables,
                choices,
                ordered.glosses(),
                segmenter.frequencyRank(word),
                HskLevels.builtIn().of(word),
                ordered.reason(),
                settled != null,
                word);
    }

    /**
     * A reduplicated form glossed through its base word (救救 as 救 "to save", 干干净净 as 干净 "clean"), read as the
     * base word is, with a note on what the form adds; {@code null} when the base word has no reading.
     */
    private WordAnnotation reduplicated(String word, String written, String tag, Reduplication form) {
        // The vivid forms (z, 干干净净) are adjectives: their base word is read and glossed as one.
        String baseTag = Tags.isStateWord(tag) ? "a" : tag;
        String baseWritten = written.length() == word.length()
                ? written.substring(0, form.base().length())
                : form.base();
        if (form.pattern().equals("AABB")) baseWritten = "" + written.charAt(0) + written.charAt(2);
        WordAnnotation base = annotate(form.base(), baseWritten, baseTag, List.of());
        if (base.glosses().isEmpty()
                || base.syllables().contains(ReadingChooser.UNKNOWN)
                || base.syllables().size() != form.base().length()) {
            return null;
        }
        // AAB is a verb-object word's verb said twice (点点头): the base must be such a verb.
        if (form.pattern().equals("AAB")
                && !SenseOrder.isVerbSense(base.glosses().get(0).senses().get(0))) return null;
        List<String> syllables = form.syllables(base.syllables());
        List<Choice> choices = syllables.stream()
                .map(x -> new Choice(x, ReadingChooser.Rule.REDUPLICATION))
                .toList();
        Gloss first = base.glosses().get(0);
        List<Gloss> glossed = new ArrayList<>();
        glossed.add(new Gloss(
                word,
                written,
                String.join(" ", syllables),
                first.senses(),
                first.source(),
                first.kind(),
                "",
                form.note(tag)));
        return new WordAnnotation(
                syllables,
                choices,
                List.copyOf(glossed),
                segmenter.frequencyRank(word),
                HskLevels.builtIn().of(word),
                "reduplication of " + form.base() + (base.senseReason().isEmpty() ? "" : "; " + base.senseReason()),
                base.senseSettled(),
                form.base());
    }

    /**
     * The choices for the reading {@code pinyin} of the sense the sentence calls for, or {@code null} when a firmer
     * rule read the word (a glossary, the written form, a name, the grammar around it) or the syllables do not fit.
     */
    static List<Choice> bySense(List<Choice> choices, String pinyin) {
        String[] syllables = pinyin.toLowerCase(Locale.ROOT).split(" ");
        if (syllables.length != choices.size()) return null;
        for (Choice c : choices) {
            if (!OVERRIDDEN_BY_SENSE.contains(c.rule())) return null;
        }
        List<Choice> revised = new ArrayList<>(syllables.length);
        for (String syllable : syllables) revised.add(new Choice(syllable, ReadingChooser.Rule.SENSE));
        return List.copyOf(revised);
    }

    /** The reading rules that go by the word alone, which the sense the sentence calls for may override. */
    private static final Set<ReadingChooser.Rule> OVERRIDDEN_BY_SENSE = EnumSet.of(
            ReadingChooser.Rule.DICTIONARY_WORD,
            ReadingChooser.Rule.PART_OF_SPEECH,
            ReadingChooser.Rule.COMMON,
            ReadingChooser.Rule.WORD_PART);

    /** The choices with each Latin letter or digit of the word read as the text writes it (T恤: T, not t). */
    private static List<Choice> lettersAsWritten(List<Choice> choices, String written) {
        int[] characters = written.codePoints().toArray();
        if (characters.length != choices.size()) return choices;
        List<Choice> revised = new ArrayList<>(choices);
        for (int i = 0; i < characters.length; i++) {
            if (characters[i] < 0x80 && Character.isLetterOrDigit(characters[i])) {
                revised.set(
                        i,
                        new Choice(
                                Character.toString(characters[i]),
                                choices.get(i).rule()));
            }
        }
        return List.copyOf(revised);
    }

    /** Whether a Chinese token has Latin letters or digits in it (T恤, 卡拉OK, 栓Q). */
    static boolean hasLatin(String word) {
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) < 0x80) return true;
        return false;
    }

    /**
     * The entries whose traditional form is the one the text writes, when the text writes the word in traditional
     * characters and some entries have that form: 隻 is only the classifier zhī, though its simplified form 只 is
     * also the adverb zhǐ. All the entries otherwise.
     */
    private static List<CedictEntry> asWritten(List<CedictEntry> entries, String word, String written) {
        if (written.equals(word) || entries.size() < 2) return entries;
        List<CedictEntry> same =
                entries.stream().filter(e -> e.traditional().equals(written)).toList();
        return same.isEmpty() ? entries : same;
    }

    /**
     * The entries of the form the text writes as a character of its own, where under the simplified word the form is
     * only a "variant of" it: 閤 is a rare variant of 合 hé, but its own character gé, "side door" (𬮤). The word's
     * entries otherwise.
     */
    private List<CedictEntry> ownCharacter(List<CedictEntry> entries, String word, String written) {
        if (written.equals(word)) return entries;
        boolean variantHere = false;
        for (CedictEntry e : entries) {
            if (!e.traditional().equals(written)) continue;
            if (!onlyVariant(e)) return entries;
            variantHere = true;
        }
        if (!variantHere) return entries;
        List<CedictEntry> own = lexicon.lookup(written).stream()
                .filter(e -> e.traditional().equals(written) && !e.simplified().equals(word) && !onlyVariant(e))
                .toList();
        return own.isEmpty() ? entries : own;
    }

    /** Whether an entry's first sense makes it a variant of another word. */
    private static boolean onlyVariant(CedictEntry e) {
        return !e.definitions().isEmpty()
                && CedictEntry.isVariantSense(e.definitions().get(0));
    }

    /** The glossaries' entries for a word, each with the context word the sentence mentions. */
    private List<Explained> explained(String word, String sentence) {
        if (!lexicon.mayBeGlossaryWord(word.hashCode())) return List.of();
        List<GlossaryEntry> entries = lexicon.glossaryEntries(word);
        if (entries.isEmpty()) return List.of();
        List<Explained> explained = new ArrayList<>(entries.size());
        for (GlossaryEntry e : entries) explained.add(new Explained(e, e.contextIn(sentence)));
        return List.copyOf(explained);
    }

    /** The context words found for each glossary entry, joined by tabs: "" for words without entries. */
    private static String reasons(List<Explained> explained) {
        if (explained.isEmpty()) return "";
        StringBuilder joined = new StringBuilder();
        for (Explained x : explained) joined.append(x.reason().orElse("")).append('\t');
        return joined.toString();
    }

    /**
     * What a word's annotation depends on in a text: its written form, its tag and the context words found.
     * {@code equals} and {@code hashCode} are written out: a record's generated ones go through method handles,
     * which showed in profiles of this map.
     */
    private record WordKey(String written, String tag, String reasons) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WordKey k
                    && written.equals(k.written)
                    && tag.equals(k.tag)
                    && reasons.equals(k.reasons);
        }

        @Override
        public int hashCode() {
            return (written.hashCode() * 31 + tag.hashCode()) * 31 + reasons.hashCode();
        }
    }

    /** A glossary entry for a word, and the context word the sentence mentions, if the entry has any. */
    record Explained(GlossaryEntry entry, Optional<String> reason) {}

    /**
     * One word's reading and glosses, before the sentence is looked at.
     *
     * @param hsk          the word's HSK 2.0 level, if the list has it
     * @param senseSettled whether the sense table has nothing to say about the word that depends on the sentence
     * @param senseWord    the word whose sense-table lines apply: the word, or the base of a reduplicated form
     */
    record WordAnnotation(
            List<String> syllables,
            List<Choice> choices,
            List<Gloss> glosses,
            OptionalInt rank,
            OptionalInt hsk,
            String senseReason,
            boolean senseSettled,
            String senseWord) {
        /** Copied once here, so that the tokens made from a kept annotation share its lists instead of copying. */
        WordAnnotation {
            syllables = List.copyOf(syllables);
            glosses = List.copyOf(glosses);
        }

        /** The annotation of a token that is not Han: no syllables, no glosses. */
        static final WordAnnotation NONE = new WordAnnotation(
                List.of(), List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty(), "", true, "");
    }
}
