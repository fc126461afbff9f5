package io.github.zhreader;

import io.github.zhreader.annotate.Annotator;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.DictionarySearch;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.CharacterReadings;
import io.github.zhreader.segment.HanLpSegmenter;
import io.github.zhreader.segment.Segmenter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads Chinese text for an English speaker: splits it into sentences and words and gives every word its pinyin
 * and English glosses.
 *
 * <pre>{@code
 * ChineseReader reader = ChineseReader.create();
 * AnnotatedText doc = reader.annotate("银行行长被扎克伯格招安了。");
 * for (Sentence s : doc.sentences())
 *     for (Token t : s.tokens())
 *         System.out.println(t.text() + " " + t.pinyin() + " " + t.glosses());
 * }</pre>
 *
 * <p>A reader is immutable and thread-safe: build one and share it. Building the first one loads the segmenter's
 * model and the dictionary (well under a second); later ones share the loaded data.
 */
public final class ChineseReader {

    /** The default longest sentence, in UTF-16 units, before text without punctuation is cut. */
    public static final int DEFAULT_SENTENCE_LIMIT = 200;

    private final Lexicon lexicon;
    private final Segmenter segmenter;
    private final Annotator annotator;
    private final DictionarySearch search;

    private ChineseReader(Builder builder) {
        this.lexicon = builder.lexicon != null ? builder.lexicon : Lexicon.bundled();
        this.segmenter = builder.segmenter != null ? builder.segmenter : new HanLpSegmenter();
        this.annotator = new Annotator(segmenter, lexicon, new CharacterReadings(), builder.sentenceLimit);
        this.search = new DictionarySearch(lexicon.cedict());
    }

    /** A reader with the defaults: HanLP segmentation and the bundled CC-CEDICT. */
    public static ChineseReader create() {
        return builder().build();
    }

    /** A builder for a reader with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Annotates a text: paragraphs, sentences, tokens with pinyin and glosses. Offsets in the result are UTF-16
     * indexes into {@code text} as given.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public AnnotatedText annotate(String text) {
        Objects.requireNonNull(text, "text");
        return annotator.annotate(text);
    }

    /**
     * Looks a word up in the dictionary, by Chinese headword (simplified or traditional), by pinyin (with or
     * without tones and spaces: {@code yinhang}, {@code yin2 hang2}, {@code yínháng}) or by English
     * ({@code bank}), returning the entries' glosses, best first; empty when nothing matches. The kind of query is
     * detected (Chinese characters, then pinyin when it matches any reading, then English) or set with a prefix:
     * {@code zh:}, {@code py:}, {@code en:}.
     *
     * <pre>{@code reader.lookup("招安").get(0).senses()}</pre>
     *
     * @param query a word, pinyin or English
     * @param limit the most glosses to return
     */
    public List<Gloss> lookup(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) throw new IllegalArgumentException("limit " + limit + " < 1");
        String q = query.strip();
        String mode = q.length() > 3 && q.charAt(2) == ':' ? q.substring(0, 2) : "";
        if (!mode.isEmpty()) q = q.substring(3).strip();
        List<CedictEntry> entries = switch (mode) {
            case "zh" -> lexicon.lookup(q);
            case "py" -> search.byPinyin(q, limit);
            case "en" -> search.byEnglish(q, limit);
            default -> {
                if (q.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    yield lexicon.lookup(q);
                }
                List<CedictEntry> byPinyin = search.byPinyin(q, limit);
                yield byPinyin.isEmpty() ? search.byEnglish(q, limit) : byPinyin;
            }
        };
        return entries.stream().limit(limit).map(lexicon::gloss).toList();
    }

    /**
     * The data sources behind this reader, each as a map of its facts (name, version, date, entries, licence), in
     * a stable order for display.
     */
    public List<Map<String, String>> dataSources() {
        Map<String, String> cedict = new LinkedHashMap<>();
        cedict.put("name", "CC-CEDICT");
        cedict.putAll(lexicon.cedict().metadata());
        cedict.put("credit", "CC-CEDICT, published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict)");
        Map<String, String> segmenterInfo = new LinkedHashMap<>();
        segmenterInfo.put("name", segmenter.name());
        segmenterInfo.put("use", "segmentation, part-of-speech tags");
        segmenterInfo.put("license", "Apache-2.0");
        Map<String, String> pinyin4j = new LinkedHashMap<>();
        pinyin4j.put("name", "pinyin4j 2.5.1");
        pinyin4j.put("use", "character readings");
        pinyin4j.put("license", "BSD");
        return List.of(Map.copyOf(cedict), Map.copyOf(segmenterInfo), Map.copyOf(pinyin4j));
    }

    /**
     * Options for a {@link ChineseReader}. Not thread-safe; the reader it builds is.
     */
    public static final class Builder {

        private Lexicon lexicon;
        private Segmenter segmenter;
        private int sentenceLimit = DEFAULT_SENTENCE_LIMIT;

        private Builder() {
        }

        /** Uses another segmenter instead of HanLP. */
        public Builder segmenter(Segmenter segmenter) {
            this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
            return this;
        }

        /** Uses another lexicon instead of the bundled one. */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
            return this;
        }

        /**
         * The longest sentence, in UTF-16 units, before text without sentence punctuation is cut (at a comma or
         * space where there is one). Default {@value ChineseReader#DEFAULT_SENTENCE_LIMIT}.
         */
        public Builder sentenceLimit(int limit) {
            if (limit < 16) throw new IllegalArgumentException("sentence limit " + limit + " < 16");
            this.sentenceLimit = limit;
            return this;
        }

        /** Builds the reader, loading the default data where no other was given. */
        public ChineseReader build() {
            return new ChineseReader(this);
        }
    }
}
