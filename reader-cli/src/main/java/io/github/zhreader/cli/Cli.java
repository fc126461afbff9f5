package io.github.zhreader.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.lexicon.GlossaryFileException;
import io.github.zhreader.lexicon.GlossaryFormatException;
import io.github.zhreader.vocab.KnownWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What every command shares: the standard streams and the reader, built on first use so that commands which do
 * not need it (help, version) start at once. Used by one command run at a time.
 */
final class Cli {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private ChineseReader reader;
    private boolean verbose;
    private boolean noColor;
    private List<Path> glossaries = List.of();
    private Path library;
    private int threads = 1;

    Cli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    boolean verbose() {
        return verbose;
    }

    void verbose(boolean verbose) {
        this.verbose = verbose;
    }

    void noColor(boolean noColor) {
        this.noColor = noColor;
    }

    /** {@code true} when output may be coloured: not turned off by option or NO_COLOR, and stdout is a terminal. */
    boolean color() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }

    void library(Path dir) {
        this.library = dir;
    }

    /**
     * A JSON generator writing to {@link #out()} that leaves the stream open when it is closed, so that the line
     * break after the document, and anything else, still reaches it.
     */
    JsonGenerator json() throws IOException {
        return JSON.createGenerator(out()).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** What writes one JSON document. */
    interface JsonDocument {
        void write(JsonGenerator g) throws IOException;
    }

    /** Prints one JSON document on {@link #out()}, then a line break, and flushes. */
    void printJson(JsonDocument document) throws IOException {
        try (JsonGenerator g = json()) {
            document.write(g);
        }
        out().println();
        out().flush();
    }

    /**
     * Writes an export to {@code file} (UTF-8) and says so on standard error ("wrote 12 cards to FILE"), or to
     * standard output when {@code file} is null.
     *
     * @param count how many {@code things} the export holds, for the message
     */
    void export(Path file, int count, String things, Consumer<Appendable> export) throws IOException {
        if (file == null) {
            export.accept(out());
            out().flush();
            return;
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            export.accept(w);
        }
        err().println("wrote " + count + " " + things + " to " + file);
    }

    /** The user's known words in simplified characters, the form a library keeps a text's words in. */
    Set<String> knownSimplified() {
        Set<String> known = new HashSet<>();
        for (String w : knownWords().words()) known.add(reader().toSimplified(w));
        return known;
    }

    /** The folder for the user's data. */
    Path dataHome() {
        return DataHome.resolve(library, System.getenv());
    }

    /** The user's known-word store ({@code known.txt} in the data folder). */
    KnownWords knownWords() {
        return KnownWords.load(dataHome().resolve("known.txt"));
    }

    void glossaries(List<Path> files) {
        this.glossaries = List.copyOf(files);
    }

    /** Annotate long texts on {@code threads} threads (a command's {@code --threads}); set before {@link #reader()}. */
    void threads(int threads) {
        if (threads < 1) throw new BadInputException("--threads " + threads + " must be at least 1");
        this.threads = threads;
    }

    /** The words saved from the reading screen ({@code glossary.txt} in the data folder). */
    SavedWords savedWords() {
        return new SavedWords(dataHome());
    }

    /**
     * The reader: the known words, the {@code --glossary} files and then the words saved from the reading screen,
     * whose entries come after the files'.
     */
    ChineseReader reader() {
        if (reader == null) {
            ChineseReader.Builder builder =
                    ChineseReader.builder().knownWords(knownWords().words()).threads(threads);
            for (Path file : glossaries) {
                if (!Files.isRegularFile(file)) throw new BadInputException("--glossary " + file + ": no such file");
                builder.userGlossary(file);
            }
            Path saved = savedWords().file();
            if (Files.isRegularFile(saved)) builder.userGlossary(saved);
            try {
                reader = builder.build();
            } catch (GlossaryFormatException e) {
                throw new BadInputException("glossary " + e.getMessage());
            } catch (GlossaryFileException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return reader;
    }

    /** The reader built again, with the glossaries and known words as they are now (after a word was saved). */
    ChineseReader rebuiltReader() {
        reader = null;
        return reader();
    }
}
