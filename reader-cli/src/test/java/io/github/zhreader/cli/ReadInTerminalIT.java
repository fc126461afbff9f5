package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhreader.text.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhreader read} in a real terminal: tmux runs the packaged jar in a shell, the test types keys and reads
 * the screen with {@code capture-pane}. Needs tmux ({@code .ci/run} installs it); skipped without it.
 */
class ReadInTerminalIT {

    private static final Path JAR = Path.of("target", "zhreader.jar").toAbsolutePath();
    private static final Path SAMPLE =
            Path.of("..", "samples", "articles", "scale-ai.txt").toAbsolutePath();
    private static final Pattern PLACE = Pattern.compile("sentence (\\d+)/(\\d+)");

    @TempDir
    Path home;

    private final String session = "zhreader-it-" + ProcessHandle.current().pid();

    @BeforeEach
    void startShell() throws Exception {
        assumeTrue(run("tmux", "-V") == 0, "tmux is not installed");
        assertTrue(Files.isRegularFile(JAR), "the jar is built before integration tests: " + JAR);
        assertEquals(
                0,
                run(
                        "tmux",
                        "new-session",
                        "-d",
                        "-s",
                        session,
                        "-x",
                        "80",
                        "-y",
                        "24",
                        "env",
                        "PS1=$ ",
                        "ZHREADER_HOME=" + home,
                        "LANG=C.UTF-8",
                        "TERM=xterm-256color",
                        "bash",
                        "--norc",
                        "--noprofile"));
        keys("echo shell-before-zhreader", "Enter");
        waitFor(screen -> screen.contains("\nshell-before-zhreader"), "the shell");
    }

    @AfterEach
    void stop() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    @Test
    void readsTheSampleAsAPersonWould() throws Exception {
        launch();
        String first = waitFor(screen -> screen.contains("sentence 1/"), "the first screen");
        assertTrue(first.contains("上面") && first.contains("shàngmiàn"), first);

        assertTrue(first.contains("· 0% known"), first);

        keys("Space");
        waitFor(screen -> screen.contains("sentence 2/"), "space moves to the next sentence");
        keys("k");
        waitFor(screen -> screen.contains("要 is now a known word"), "k marks the word under the cursor as known");
        assertEquals(
                List.of("# zhreader known words: one word per line", "要"),
                Files.readAllLines(home.resolve("known.txt"), StandardCharsets.UTF_8));

        keys("/");
        keys("-l", "薅了羊毛");
        keys("Enter");
        String hao =
                waitFor(screen -> screen.contains("薅") && screen.contains("薅羊毛 hāo yáng máo"), "search and the idiom");
        assertAbove(hao, "hāo", "薅");
        assertAbove(hao, "yángmáo", "羊毛");
        int saved = place(hao);

        keys("Enter");
        waitFor(screen -> screen.contains("any key to go back"), "the entry of the word under the cursor");
        keys("Escape");
        waitFor(screen -> !screen.contains("any key to go back"), "back from the entry");

        keys("?");
        waitFor(screen -> screen.contains("Keys") && screen.contains("quit"), "help");
        keys("Escape");
        waitFor(screen -> screen.contains("薅羊毛 hāo yáng máo"), "back from help");

        run("tmux", "resize-window", "-t", session, "-x", "40", "-y", "15");
        String narrow = waitFor(
                screen -> screen.lines().allMatch(l -> DisplayWidth.of(l) <= 40) && screen.contains("薅"),
                "re-wrapped at 40 columns");
        assertTrue(narrow.contains("肯尼亚") && narrow.contains("羊毛"), "words stay whole:\n" + narrow);

        keys("q");
        String after = waitFor(
                screen ->
                        !screen.contains("sentence ") && screen.stripTrailing().endsWith("$"),
                "the shell as it was, with its prompt");
        assertTrue(after.contains("$ java -jar"), "the command line is still on the screen:\n" + after);
        // The shrunken window pushed the first lines into tmux's history; the shell's output is all there.
        assertTrue(capture("-S", "-100").contains("shell-before-zhreader"), "the shell's earlier output is intact");

        run("tmux", "resize-window", "-t", session, "-x", "80", "-y", "24");
        launch();
        String again = waitFor(screen -> PLACE.matcher(screen).find(), "reopening");
        assertEquals(saved, place(again), "resumes at the saved sentence:\n" + again);
        keys("C-c");
        waitFor(screen -> !screen.contains("sentence "), "Ctrl-C quits");
    }

    @Test
    void opensAtTheSentenceASearchFound() throws Exception {
        Path library = home.resolve("library");
        assertEquals(
                0,
                new ProcessBuilder(
                                "java",
                                "-jar",
                                JAR.toString(),
                                "add",
                                SAMPLE.toString(),
                                "--library",
                                library.toString())
                        .inheritIO()
                        .start()
                        .waitFor());
        Process search = new ProcessBuilder(
                        "java",
                        "-jar",
                        JAR.toString(),
                        "search",
                        "薅了羊毛",
                        "--json",
                        "--limit",
                        "1",
                        "--library",
                        library.toString())
                .start();
        String json = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, search.waitFor(), json);
        Matcher number = Pattern.compile("\"sentence\":(\\d+),").matcher(json);
        assertTrue(number.find(), json);
        String at = number.group(1);

        keys("java -jar " + JAR + " read " + SAMPLE + " --at " + at, "Enter");
        String screen = waitFor(s -> PLACE.matcher(s).find(), "the screen at the sentence found");
        assertEquals(Integer.parseInt(at), place(screen), screen);
        assertTrue(screen.contains("羊毛"), "the sentence search found:\n" + screen);
        keys("q");
        waitFor(s -> !s.contains("sentence "), "q quits");
    }

    @Test
    void aSpanOverTwoWordsIsSavedAsOneAndASearchIsHighlightedThroughAResize() throws Exception {
        Path text = home.resolve("forum.txt");
        Files.writeString(text, "我在补贴吧里问了问。\n他们在贴吧里说了很多。\n我们明天再去贴吧看看。\n");
        keys("java -jar " + JAR + " read --no-color " + text, "Enter");
        String first = waitFor(screen -> screen.contains("sentence 1/3"), "the first sentence");
        assertTrue(first.contains("\n我 在  补贴  吧 里 问了问   。\n"), "the segmenter cuts 补贴/吧:\n" + first);

        // On 补贴, the span's start one later (贴) and its end one later (贴吧).
        keys("l", "l", "}", "]");
        String span = waitFor(screen -> screen.contains("▸ 贴吧 tiē bā"), "the span's look-up");
        assertEquals("贴吧", highlighted(capture("-e"), "补贴  吧"), span);

        keys("a");
        String saved = waitFor(screen -> screen.contains("贴吧 saved to your glossary (glossary.txt)"), "saving");
        assertTrue(saved.contains("\n我 在  补 贴吧  里 问了问   。\n"), "贴吧 is one word now:\n" + saved);
        assertEquals(
                List.of(
                        "贴吧|貼吧 [tie1 ba1] name",
                        "  meaning: Baidu Tieba, lit. \"Baidu Post Bar\", a Chinese online"
                                + " forum hosted by Baidu Inc."),
                Files.readAllLines(home.resolve("glossary.txt"), StandardCharsets.UTF_8)
                        .subList(3, 5));
        keys("a");
        waitFor(screen -> screen.contains("贴吧 is in your glossary already"), "saving it again");

        keys("/");
        keys("-l", "贴吧");
        keys("Enter");
        String found = waitFor(
                screen -> screen.contains("found \"贴吧\" in sentence 2 (match 2 of 3)"), "the search's next match");
        assertEquals("贴吧", highlighted(capture("-e"), "他们"), found);
        keys("n");
        waitFor(screen -> screen.contains("found \"贴吧\" in sentence 3 (match 3 of 3)"), "n: the next match");
        keys("n");
        waitFor(
                screen -> screen.contains("found \"贴吧\" in sentence 1 (match 1 of 3), from the top"),
                "n round from the top");

        run("tmux", "resize-window", "-t", session, "-x", "40", "-y", "15");
        waitFor(
                screen -> screen.lines().allMatch(l -> DisplayWidth.of(l) <= 40) && screen.contains("sentence 1/3"),
                "re-drawn at 40 columns");
        keys("N");
        String narrow = waitFor(screen -> screen.contains("sentence 3/3"), "N after the resize: round from the bottom");
        assertTrue(narrow.lines().allMatch(l -> DisplayWidth.of(l) <= 40), narrow);
        assertEquals("贴吧", highlighted(capture("-e"), "我们"), narrow);
        keys("q");
        waitFor(screen -> !screen.contains("sentence "), "q quits");
    }

    @Test
    void theLibrarySearchListsOtherTextsAndOpensOneAndBGoesBack() throws Exception {
        Path other = home.resolve("tieba.txt");
        Files.writeString(other, "逛贴吧\n他们在贴吧里说了很多。\n我们明天再去贴吧看看。\n");
        Path notes = home.resolve("notes.txt");
        Files.writeString(notes, "我常去贴吧。\n");
        keys("java -jar " + JAR + " add " + other, "Enter");
        waitFor(screen -> screen.contains("added tieba: 3 sentences"), "the other text added to the library");
        keys("java -jar " + JAR + " read --no-color " + notes, "Enter");
        waitFor(screen -> screen.contains("sentence 1/1"), "the notes");
        keys("f");
        keys("-l", "贴吧");
        keys("Enter");
        String list = waitFor(screen -> screen.contains("3 sentences with \"贴吧\""), "the library's list");
        assertEquals(
                List.of("  逛贴吧 #1  逛贴吧", "  逛贴吧 #3  我们明天再去贴吧看看。", "  逛贴吧 #2  他们在贴吧里说了很多。"),
                list.lines().skip(3).limit(3).map(String::stripTrailing).toList(),
                list);
        keys("Down", "Enter");
        String opened = waitFor(screen -> screen.contains("opened 逛贴吧 at sentence 3"), "the chosen sentence opened");
        assertTrue(opened.startsWith("逛贴吧"), "the header has the other text's title:\n" + opened);
        assertEquals("贴吧", highlighted(capture("-e"), "我们"), opened);
        keys("b");
        waitFor(screen -> screen.contains("back to notes.txt") && screen.contains("sentence 1/1"), "b goes back");
        keys("q");
        waitFor(screen -> !screen.contains("sentence "), "q quits");
    }

    /**
     * The characters shown in reverse video on the first line of {@code ansi} (a capture with escapes) that has
     * {@code marker} once its escapes are taken out.
     */
    private static String highlighted(String ansi, String marker) {
        Pattern sgr = Pattern.compile("\u001b\\[([0-9;]*)m");
        for (String line : ansi.lines().toList()) {
            if (!sgr.matcher(line).replaceAll("").contains(marker)) continue;
            StringBuilder inverse = new StringBuilder();
            boolean on = false;
            Matcher m = sgr.matcher(line);
            int at = 0;
            while (true) {
                boolean more = m.find();
                String between = line.substring(at, more ? m.start() : line.length());
                if (on) inverse.append(between);
                if (!more) break;
                for (String p : m.group(1).split(";")) {
                    if (p.equals("7")) on = true;
                    else if (p.isEmpty() || p.equals("0") || p.equals("27")) on = false;
                }
                at = m.end();
            }
            return inverse.toString().strip();
        }
        throw new AssertionError(marker + " is not on the screen:\n" + ansi);
    }

    private void launch() throws Exception {
        keys("java -jar " + JAR + " read " + SAMPLE, "Enter");
    }

    /** Asserts that {@code pinyin} starts in the column where {@code word} starts, on the line above it. */
    private static void assertAbove(String screen, String pinyin, String word) {
        List<String> lines = screen.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(word);
            if (at < 0) continue;
            int column = DisplayWidth.of(lines.get(i).substring(0, at));
            String above = lines.get(i - 1);
            int p = above.indexOf(pinyin);
            if (p >= 0 && DisplayWidth.of(above.substring(0, p)) == column) return;
        }
        throw new AssertionError(pinyin + " is not above " + word + " in:\n" + screen);
    }

    private static int place(String screen) {
        Matcher m = PLACE.matcher(screen);
        assertTrue(m.find(), screen);
        return Integer.parseInt(m.group(1));
    }

    private void keys(String... keys) throws Exception {
        String[] command = new String[keys.length + 4];
        command[0] = "tmux";
        command[1] = "send-keys";
        command[2] = "-t";
        command[3] = session;
        System.arraycopy(keys, 0, command, 4, keys.length);
        assertEquals(0, run(command));
    }

    private String capture(String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("tmux", "capture-pane", "-p", "-t", session));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Polls the screen until {@code done} holds; fails with the last screen after 30 seconds. */
    private String waitFor(Predicate<String> done, String what) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String screen = capture();
        while (!done.test(screen)) {
            if (System.nanoTime() > deadline)
                throw new AssertionError("waiting for " + what + ", the screen is:\n" + screen);
            Thread.sleep(100);
            screen = capture();
        }
        return screen;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
