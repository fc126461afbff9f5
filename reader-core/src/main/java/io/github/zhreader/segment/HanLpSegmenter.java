package io.github.zhreader.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The default {@link Segmenter}: HanLP's Viterbi segmenter on its core dictionary, with HanLP's global custom
 * dictionary switched off. The custom dictionary is global state shared by every user of HanLP in the JVM, and
 * measured on SIGHAN 2005 it lowers both F1 and dictionary coverage; zhreader adds its own words after
 * segmentation instead, per reader. Person and transliterated-name recognition stay on: names are common in news.
 *
 * <p>This is the only class that imports HanLP. Creating one is free: HanLP loads its model (a few hundred
 * milliseconds, once per JVM) on the first {@link #segment(String)}, or when {@link #load()} is called, which a
 * program can do on another thread while it loads other things.
 *
 * <p>Thread-safe: HanLP's segmenter keeps no per-call state in the {@code Segment} object (its word net and paths
 * live on the stack of each call; HanLP's own multi-threaded mode shares one {@code Segment} the same way), which is
 * configured once, when first needed, and never changed, so one instance serves every thread. HanLP's dictionaries
 * are read-only once loaded; what HanLP does not make safe is changing its configuration or custom dictionary while
 * it segments, which zhreader never does.
 */
public final class HanLpSegmenter implements Segmenter {

    private volatile Segment segment;
    private volatile Segment withoutNames;

    /** Creates the segmenter without loading anything. */
    public HanLpSegmenter() {}

    /**
     * Loads HanLP's model and dictionaries and everything {@link #segment(String)} and {@link #frequencyRank(String)}
     * need, so that their first calls are as quick as later ones. Safe to call from any thread, any number of times;
     * other threads that segment meanwhile wait for the model.
     *
     * @return this segmenter
     */
    public HanLpSegmenter load() {
        segment("银行行长说，扎克伯格去了北京。");
        frequencyRank("银行");
        return this;
    }

    /**
     * Stops HanLP from loading its global custom dictionary, which zhreader never uses (see the class comment), for a
     * program that owns its JVM: HanLP loads the dictionary (3 MB, about a tenth of HanLP's start-up) when it makes
     * its first segmenter, whoever asks for it, and this setting leaves that dictionary empty for every user of HanLP
     * in the JVM. Call it before anything uses HanLP; once HanLP has made a segmenter it changes nothing.
     * zhreader's command-line program calls it; a library embedding zhreader beside other HanLP users should not.
     *
     * @return {@code false} when a zhreader segmenter had already been made, so that the call came too late
     */
    public static boolean leaveOutGlobalCustomDictionary() {
        synchronized (HanLpSegmenter.class) {
            if (customDictionaryTouched) return false;
            HanLP.Config.CustomDictionaryPath = null;
            return true;
        }
    }

    /** Set once a segmenter has been made, which loads HanLP's custom dictionary class. */
    private static boolean customDictionaryTouched;

    /**
     * Loads the dictionaries of HanLP's person-name recognition (about a quarter of its model), which {@link #load()}
     * would otherwise load after the core dictionary: a program with a spare core can call this on another thread
     * at the same time as {@link #load()}. Safe to call any number of times, from any thread.
     */
    public static void loadNameRecognition() {
        Objects.requireNonNull(PersonDictionary.dictionary, "HanLP's person dictionary");
        TranslatedPersonDictionary.containsKey("乔布斯");
    }

    private Segment configured() {
        Segment s = segment;
        if (s == null) {
            synchronized (this) {
                s = segment;
                if (s == null) {
                    synchronized (HanLpSegmenter.class) {
                        customDictionaryTouched = true;
                    }
                    segment = s = HanLP.newSegment()
                            .enableOffset(true)
                            .enableCustomDictionary(false)
                            .enableNameRecognize(true)
                            .enableTranslatedNameRecognize(true)
                            .enablePartOfSpeechTagging(true);
                }
            }
        }
        return s;
    }

    /** The segmenter with person-name recognition off (transliterated names stay on), made when first needed. */
    private Segment configuredWithoutNames() {
        Segment s = withoutNames;
        if (s == null) {
            configured();
            synchronized (this) {
                s = withoutNames;
                if (s == null) {
                    withoutNames = s = HanLP.newSegment()
                            .enableOffset(true)
                            .enableCustomDictionary(false)
                            .enableNameRecognize(false)
                            .enableTranslatedNameRecognize(true)
                            .enablePartOfSpeechTagging(true);
                }
            }
        }
        return s;
    }

    @Override
    public List<Word> segment(String text) {
        return segment(text, configured());
    }

    @Override
    public List<Word> segmentWithoutNames(String text) {
        return segment(text, configuredWithoutNames());
    }

    /**
     * The counts of HanLP's bigram table (from its tagged People's Daily corpus); 0 for a pair it never saw,
     * including pairs with a word its core dictionary lacks.
     */
    @Override
    public int pairFrequency(String left, String right) {
        configured();
        return CoreBiGramTableDictionary.getBiFrequency(left, right);
    }

    /**
     * The role counts of HanLP's person-name dictionary ({@code nr.txt}): B surname; C and D the first and second
     * character of a two-character given name; E a one-character given name; every other role (A ordinary text,
     * K and L the words before and after a name, M between two names, and the roles of characters that form a
     * word with their neighbour) counts as elsewhere.
     */
    @Override
    public NameRoles nameRoles(String character) {
        if (character.length() != 1) return countRoles(character);
        // The name judge asks about the same few thousand characters again and again. NameRoles is immutable, so a
        // slot filled by one thread and read by another is safe; two threads may both fill it, with equal values.
        char c = character.charAt(0);
        NameRoles roles = ROLES[c];
        if (roles == null) ROLES[c] = roles = countRoles(character);
        return roles;
    }

    /**
     * The role counts of single characters, indexed by the character and filled as they are asked for: HanLP's
     * person-name dictionary is one for the whole JVM.
     */
    private static final NameRoles[] ROLES = new NameRoles[Character.MAX_VALUE + 1];

    private NameRoles countRoles(String character) {
        configured();
        EnumItem<NR> item = PersonDictionary.dictionary.get(character);
        if (item == null) return NameRoles.NONE;
        int surname = 0, first = 0, second = 0, single = 0, elsewhere = 0;
        for (var e : item.labelMap.entrySet()) {
            int n = e.getValue();
            switch (e.getKey()) {
                case B -> surname += n;
                case C -> first += n;
                case D -> second += n;
                case E -> single += n;
                default -> elsewhere += n;
            }
        }
        return new NameRoles(surname, first, second, single, elsewhere);
    }

    private static List<Word> segment(String text, Segment segment) {
        if (text.isEmpty()) return List.of();
        coverAllNatures();
        List<Term> terms = segment.seg(text);
        List<Word> words = new ArrayList<>(terms.size());
        int expected = 0;
        for (Term term : terms) {
            int start = term.offset;
            int end = start + term.word.length();
            // HanLP reports offsets of its own; trust them only when they line up with the text.
            if (start < expected || end > text.length() || !text.startsWith(term.word, start)) {
                start = text.indexOf(term.word, expected);
                if (start < 0) continue;
                end = start + term.word.length();
            }
            words.add(new Word(start, end, term.nature == null ? "" : term.nature.toString()));
            expected = end;
        }
        return words;
    }

    /**
     * Keeps HanLP's part-of-speech tagger from copying its transition matrix on every sentence. Before tagging,
     * HanLP's {@code Viterbi.compute} checks that the matrix covers every {@link Nature} by comparing
     * {@code Nature.values().length} (148) with the length of {@link TransformMatrix#states} (107, the tags of its
     * matrix file); {@code TransformMatrix.extend} grows the tables but never {@code states}, so the check fails
     * every time and each sentence allocates and copies two 148×148 tables (about 260 KB). Measured on the PKU
     * test text this was more than half of the segmenter's time (and it is a data race when several threads tag
     * at once). Growing the tables once and listing the added natures as states makes the check pass; the
     * probabilities are the ones {@code extend} would copy, so the tags do not change. Checked on every call
     * because loading another HanLP dictionary can create natures.
     */
    private static void coverAllNatures() {
        int natures = Nature.values().length;
        if (coveredNatures == natures) return;
        synchronized (HanLpSegmenter.class) {
            if (coveredNatures == natures) return;
            TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
            boolean[] listed = new boolean[natures];
            boolean known = matrix.states.length <= natures;
            for (int state : matrix.states) {
                known &= state >= 0 && state < natures && !listed[state];
                if (known) listed[state] = true;
            }
            // Anything else is not the matrix this was written for: leave it as HanLP made it.
            if (known) {
                if (matrix.transititon_probability.length < natures) matrix.extend(natures);
                int[] states = Arrays.copyOf(matrix.states, natures);
                int n = matrix.states.length;
                for (int ordinal = 0; ordinal < natures; ordinal++) {
                    if (!listed[ordinal]) states[n++] = ordinal;
                }
                matrix.states = states;
            }
            coveredNatures = natures;
        }
    }

    /** The number of natures the tagger's matrix was made to cover; volatile, so a reader sees the new tables. */
    private static volatile int coveredNatures;

    /**
     * The rank of the word's frequency among the words of HanLP's core dictionary (word frequencies from its
     * tagged news corpus, punctuation and placeholders left out): one plus the number of words that are more
     * frequent.
     */
    @Override
    public OptionalInt frequencyRank(String word) {
        int frequency = CoreDictionary.getTermFrequency(word);
        if (frequency <= 0) return OptionalInt.empty();
        int[] ascending = Frequencies.ASCENDING;
        // The words more frequent than this one are those after the last frequency <= it.
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] <= frequency) low = mid + 1;
            else high = mid;
        }
        return OptionalInt.of(ascending.length - low + 1);
    }

    /** Every core dictionary word's frequency, in ascending order; sorted once, on the first rank asked for. */
    private static final class Frequencies {
        static final int[] ASCENDING = load();

        private static int[] load() {
            int size = CoreDictionary.trie.size();
            int[] frequencies = new int[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                CoreDictionary.Attribute a = CoreDictionary.trie.getValueAt(i);
                if (a == null || isPlaceholder(i) || a.nature.length > 0 && a.nature[0].startsWith("w")) continue;
                frequencies[n++] = a.totalFrequency;
            }
            frequencies = Arrays.copyOf(frequencies, n);
            Arrays.sort(frequencies);
            return frequencies;
        }

        /**
         * Not words: the sentence boundaries, the placeholders for numbers, names, times and foreign words. (Compared
         * one by one, not through a set of boxed ids: this runs over every word at start-up.)
         */
        private static boolean isPlaceholder(int id) {
            return id == CoreDictionary.BEGIN_WORD_ID
                    || id == CoreDictionary.END_WORD_ID
                    || id == CoreDictionary.NR_WORD_ID
                    || id == CoreDictionary.NS_WORD_ID
                    || id == CoreDictionary.NT_WORD_ID
                    || id == CoreDictionary.T_WORD_ID
                    || id == CoreDictionary.X_WORD_ID
                    || id == CoreDictionary.M_WORD_ID
                    || id == CoreDictionary.NX_WORD_ID;
        }
    }

    /** The nature the core dictionary counts most often for the word (the first of equals), or {@code ""}. */
    @Override
    public String commonTag(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.nature.length == 0) return "";
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) if (a.frequency[i] > a.frequency[best]) best = i;
        return a.nature[best].toString();
    }

    /** "HanLP" and the version its jar's Maven metadata gives: {@code HanLP portable-1.8.6}. */
    @Override
    public String name() {
        return NAME;
    }

    private static final String NAME =
            "HanLP" + hanLpVersion().map(v -> " " + v).orElse("");

    private static Optional<String> hanLpVersion() {
        try (java.io.InputStream in =
                HanLP.class.getResourceAsStream("/META-INF/maven/com.hankcs/hanlp/pom.properties")) {
            if (in == null) return Optional.empty();
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("version"));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
