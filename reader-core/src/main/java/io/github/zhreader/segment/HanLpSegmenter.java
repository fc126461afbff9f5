package io.github.zhreader.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The default {@link Segmenter}: HanLP's Viterbi segmenter on its core dictionary, with HanLP's global custom
 * dictionary switched off. The custom dictionary is global state shared by every user of HanLP in the JVM, and
 * measured on SIGHAN 2005 it lowers both F1 and dictionary coverage; zhreader adds its own words after
 * segmentation instead, per reader. Person and transliterated-name recognition stay on: names are common in news.
 *
 * <p>This is the only class that imports HanLP. Thread-safe: HanLP's segmenter keeps no per-call state in the
 * {@code Segment} object (its word net and paths live on the stack of each call; HanLP's own multi-threaded mode
 * shares one {@code Segment} the same way), which is configured once in the constructor and never changed, so one
 * instance serves every thread. HanLP's dictionaries are read-only once loaded; what HanLP does not make safe is
 * changing its configuration or custom dictionary while it segments, which zhreader never does.
 */
public final class HanLpSegmenter implements Segmenter {

    private final Segment segment;

    /** Creates the segmenter; HanLP loads its model on first use of the class. */
    public HanLpSegmenter() {
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableCustomDictionary(false)
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enablePartOfSpeechTagging(true);
    }

    @Override
    public List<Word> segment(String text) {
        if (text.isEmpty()) return List.of();
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
     * The rank of the word's frequency among the words of HanLP's core dictionary (word frequencies from its
     * tagged news corpus, punctuation and placeholders left out): one plus the number of words that are more
     * frequent.
     */
    @Override
    public OptionalInt frequencyRank(String word) {
        int frequency = CoreDictionary.getTermFrequency(word);
        if (frequency <= 0) return OptionalInt.empty();
        int[] descending = Frequencies.DESCENDING;
        int low = 0;
        int high = descending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (descending[mid] > frequency) low = mid + 1;
            else high = mid;
        }
        return OptionalInt.of(low + 1);
    }

    /** Every core dictionary word's frequency, most frequent first; sorted once, on the first rank asked for. */
    private static final class Frequencies {
        static final int[] DESCENDING = load();

        private static int[] load() {
            int size = CoreDictionary.trie.size();
            // Not words: the sentence boundaries, the placeholders for numbers, names, times and foreign words,
            // and punctuation.
            java.util.Set<Integer> placeholders = java.util.Set.of(CoreDictionary.BEGIN_WORD_ID,
                    CoreDictionary.END_WORD_ID, CoreDictionary.NR_WORD_ID, CoreDictionary.NS_WORD_ID,
                    CoreDictionary.NT_WORD_ID, CoreDictionary.T_WORD_ID, CoreDictionary.X_WORD_ID,
                    CoreDictionary.M_WORD_ID, CoreDictionary.NX_WORD_ID);
            int[] frequencies = new int[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                CoreDictionary.Attribute a = CoreDictionary.trie.getValueAt(i);
                if (a == null || placeholders.contains(i) || a.nature.length > 0 && a.nature[0].startsWith("w")) continue;
                frequencies[n++] = a.totalFrequency;
            }
            frequencies = Arrays.copyOf(frequencies, n);
            size = n;
            Arrays.sort(frequencies);
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                int t = frequencies[i];
                frequencies[i] = frequencies[j];
                frequencies[j] = t;
            }
            return frequencies;
        }
    }

    @Override
    public String name() {
        return "HanLP portable-1.8.6";
    }
}
