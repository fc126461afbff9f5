package io.github.zhreader.eval;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.lexicon.CedictDictionary;

/**
 * Prints how long the first load of the bundled dictionary takes in a fresh JVM, then the rest of building a
 * {@link ChineseReader} and its first annotation (which loads HanLP's model).
 */
public final class LoadTime {

    private LoadTime() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        CedictDictionary dictionary = CedictDictionary.bundled();
        long t1 = System.nanoTime();
        ChineseReader reader = ChineseReader.create();
        reader.annotate("银行行长。");
        long t2 = System.nanoTime();
        System.out.printf(
                "dictionary load %.1f ms (%d entries); reader create + first annotate %.1f ms%n",
                (t1 - t0) / 1e6, dictionary.size(), (t2 - t1) / 1e6);
    }
}
