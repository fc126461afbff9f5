package io.github.zhreader.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of each field of the sentence index. The chains are short and their order matters: width folding
 * comes before bigramming, so that full-width Latin letters and digits pair up like their ASCII forms, and
 * lower-casing comes last.
 */
final class Analyzers {

    static final String WORDS = "words";
    static final String BIGRAMS = "bigrams";
    static final String CHARACTERS = "characters";
    static final String PINYIN = "pinyin";
    static final String PINYIN_TONES = "pinyin_tones";
    static final String ENGLISH = "english";
    static final String PHRASES = "phrases";

    private Analyzers() {}

    /** Han text as overlapping character pairs (and lone characters alone): 薅羊毛 is 薅羊, 羊毛. */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new CJKBigramFilter(result);
                return new TokenStreamComponents(source, new LowerCaseFilter(result));
            }
        };
    }

    /** Han text one character at a time, for one-character queries. */
    static Analyzer characters() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
            }
        };
    }

    /** Space-separated terms, lower-cased: pinyin syllables, and the words the segmenter found. */
    static Analyzer whitespace() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** The analyzer of every field. */
    static Analyzer perField() {
        Analyzer whitespace = whitespace();
        return new PerFieldAnalyzerWrapper(
                whitespace,
                Map.of(
                        BIGRAMS, bigrams(),
                        CHARACTERS, characters(),
                        ENGLISH, new EnglishAnalyzer()));
    }
}
