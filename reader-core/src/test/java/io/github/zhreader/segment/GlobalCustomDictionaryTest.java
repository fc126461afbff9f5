package io.github.zhreader.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link HanLpSegmenter#leaveOutGlobalCustomDictionary()} changes global HanLP state, so it is tried in a JVM of its
 * own: with it, HanLP's custom dictionary stays empty and the words are the same as without it.
 */
class GlobalCustomDictionaryTest {

    private static final String SENTENCE = "银行行长说，扎克伯格去了北京，攒了一大笔钱。";

    @Test
    void leftOutTheDictionaryStaysEmptyAndTheWordsStayTheSame() throws IOException, InterruptedException {
        String[] with = run(false).strip().split(" ", 3);
        String[] without = run(true).strip().split(" ", 3);
        assertEquals("true", without[0], "the setting was made before HanLP loaded");
        assertEquals("0", without[1], "cells of the trie of HanLP's custom dictionary");
        // Left in, HanLP's custom dictionary fills a trie of millions of cells; zhreader never uses them.
        assertTrue(Long.parseLong(with[1]) > 100_000, "custom dictionary trie cells: " + with[1]);
        assertEquals(with[2], without[2]);
        assertEquals(words(), without[2]);
    }

    private static String words() {
        return String.join(
                "|",
                new HanLpSegmenter()
                        .segment(SENTENCE).stream()
                                .map(w -> SENTENCE.substring(w.start(), w.end()))
                                .toList());
    }

    private static String run(boolean leaveOut) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Probe.class.getName(),
                        Boolean.toString(leaveOut))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** Prints whether the setting was made in time, the custom dictionary's trie size, and the sentence's words. */
    public static final class Probe {
        public static void main(String[] args) {
            boolean leaveOut = Boolean.parseBoolean(args[0]);
            boolean made = !leaveOut || HanLpSegmenter.leaveOutGlobalCustomDictionary();
            List<Word> words = new HanLpSegmenter().segment(SENTENCE);
            // Too late once a segmenter has been made.
            if (HanLpSegmenter.leaveOutGlobalCustomDictionary())
                throw new AssertionError("accepted after a segmenter was made");
            System.out.println(made + " " + CustomDictionary.DEFAULT.dat.getSize() + " "
                    + String.join(
                            "|",
                            words.stream()
                                    .map(w -> SENTENCE.substring(w.start(), w.end()))
                                    .toList()));
        }
    }
}
