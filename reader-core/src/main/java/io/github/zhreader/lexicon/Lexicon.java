package io.github.zhreader.lexicon;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words a reader knows about, with their readings and senses. Today this is CC-CEDICT; the curated glossary
 * and user glossaries join it here, so the rest of the pipeline asks one place.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {

    private final CedictDictionary cedict;

    /** A lexicon over one CC-CEDICT dictionary. */
    public Lexicon(CedictDictionary cedict) {
        this.cedict = cedict;
    }

    /** The lexicon of the CC-CEDICT compiled into this jar. */
    public static Lexicon bundled() {
        return new Lexicon(CedictDictionary.bundled());
    }

    /** The entries whose simplified or traditional headword is {@code word}, in dictionary order; empty if none. */
    public List<CedictEntry> lookup(String word) {
        return cedict.lookup(word);
    }

    /** {@code true} when {@code word} is a headword. */
    public boolean isWord(String word) {
        return cedict.contains(word);
    }

    /** The length, in UTF-16 units, of the longest headword. */
    public int maxWordLength() {
        return cedict.maxWordLength();
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
        return new Gloss(e.simplified(), e.traditional(), e.pinyin(), senses, GlossSource.CEDICT,
                e.properNoun() ? GlossKind.NAME : GlossKind.WORD);
    }
}
