package io.github.zhreader.cli;

import io.github.zhreader.lexicon.CedictDictionary;
import io.github.zhreader.lexicon.Glossary;
import io.github.zhreader.lexicon.HskLevels;
import io.github.zhreader.pinyin.CharacterReadings;
import io.github.zhreader.segment.HanLpSegmenter;
import java.util.List;
import java.util.Set;

/**
 * Start-up work done on other threads: while picocli builds its command model and parses the arguments (about a
 * tenth of a second in a fresh JVM), the data the command will need loads on the machine's other cores: CC-CEDICT,
 * and for commands that annotate text also HanLP's model (on a thread of its own), HanLP's name dictionaries, the
 * character readings, the curated glossary and the HSK levels; for look-ups, CC-CEDICT on one thread and the
 * curated glossary, the HSK levels and the character table on another. The command's own thread is the longest of the three (picocli, then annotating the text while
 * the code is still cold), so the loading threads take all the data. All of it is held by the library's lazy
 * holders, so the command finds it loaded, or waits for the loading thread to finish instead of loading it twice.
 *
 * <p>The command is guessed from the arguments (the first one that names a command); a wrong guess only loads
 * something unused. Failures are left to the command, which meets them again and reports them. Only the real
 * process does this ({@link ZhReader#main}); tests that run commands in-process do not.
 */
final class Preloading {

    /** Commands that annotate text: they need everything. */
    private static final Set<String> ANNOTATING = Set.of("read", "annotate", "add", "search", "vocab", "mine");
    /** Commands that only look words up. */
    private static final Set<String> LOOKING_UP = Set.of("lookup", "dict");

    private Preloading() {}

    static void start(String[] args) {
        String command = List.of(args).stream()
                .filter(a -> ANNOTATING.contains(a)
                        || LOOKING_UP.contains(a)
                        || a.equals("help")
                        || a.equals("known")
                        || a.equals("library")
                        || a.startsWith("-h")
                        || a.equals("--help")
                        || a.startsWith("-V")
                        || a.equals("--version"))
                .findFirst()
                .orElse("");
        if (ANNOTATING.contains(command)) {
            run("zhreader-load-segmenter", () -> {
                // This process is zhreader's own: HanLP's global custom dictionary, which zhreader never uses, need
                // not load. Set before the first segmenter is made, which is this thread's next step.
                HanLpSegmenter.leaveOutGlobalCustomDictionary();
                new HanLpSegmenter().load();
            });
            run("zhreader-load-dictionary", () -> {
                HanLpSegmenter.loadNameRecognition();
                loadDictionary();
                new CharacterReadings().readings('中');
                Glossary.curated();
                HskLevels.builtIn();
            });
        } else if (LOOKING_UP.contains(command)) {
            run("zhreader-load-dictionary", Preloading::loadDictionary);
            // A word's entry shows its curated explanation, its HSK level and its characters.
            run("zhreader-load-glossary", () -> {
                Glossary.curated();
                HskLevels.builtIn();
                io.github.zhreader.lexicon.CharacterTable.builtIn();
            });
        }
    }

    private static void loadDictionary() {
        CedictDictionary.bundled();
    }

    private static void run(String name, Runnable work) {
        Thread thread = new Thread(
                () -> {
                    try {
                        work.run();
                    } catch (RuntimeException | Error e) {
                        // The command meets the same failure when it needs the data, and reports it.
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }
}
