package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the build steps that write one generated table share ({@link HskListBuild}, {@link CharacterTableBuild}):
 * the npm executable, the arguments {@code --output FILE --cache DIR}, skipping the work when the file's first
 * line (its stamp, which names its sources) is already the one it would get, and one line of report. Stateless.
 */
final class BuildStep {

    private BuildStep() {}

    /** The npm executable of this system: {@code npm}, or {@code npm.cmd} on Windows. */
    static String npmCommand() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
    }

    /** A table made: its text (the stamp on its first line) and what the report says of it. */
    record Made(String text, String summary) {}

    /** Makes a table from what it fetches into the cache folder. */
    interface Maker {
        Made make(Path cache) throws IOException;
    }

    /**
     * Runs a step: with {@code --output FILE --cache DIR} in {@code args}, says "{@code what} -> FILE, up to date"
     * when FILE begins with {@code stamp}, else makes the table and writes it, and says "{@code summary} -> FILE".
     *
     * @param tool names the step in the usage line
     * @return 0 when done, 1 on failure (one line on {@code err}), 2 on bad arguments
     */
    static int writeTable(
            String tool, String what, String[] args, String stamp, Maker maker, PrintStream out, PrintStream err) {
        if (args.length != 4 || !args[0].equals("--output") || !args[2].equals("--cache")) {
            err.println(tool + ": usage: --output FILE --cache DIR");
            return 2;
        }
        Path output = Path.of(args[1]);
        try {
            if (Files.isRegularFile(output)
                    && Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                            .findFirst()
                            .orElse("")
                            .equals(stamp)) {
                out.println(what + " -> " + output.getFileName() + ", up to date");
                return 0;
            }
            Made made = maker.make(Path.of(args[3]));
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, made.text(), StandardCharsets.UTF_8);
            out.println(made.summary() + " -> " + output.getFileName());
            return 0;
        } catch (ZhReaderException e) {
            err.println(e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println(what + " build failed: " + e);
        }
        return 1;
    }
}
