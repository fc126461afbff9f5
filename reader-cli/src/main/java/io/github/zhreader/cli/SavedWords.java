package io.github.zhreader.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a reader saved from the reading screen: {@code glossary.txt} in the data folder, a user glossary in the
 * glossary format (one full entry a word) that {@link Cli#reader()} loads beside the {@code --glossary} files. New
 * words are appended, so entries the user wrote or edited by hand stay as they are. Not thread-safe.
 */
final class SavedWords {

    /** The file's name in the data folder. */
    static final String FILE = "glossary.txt";

    private static final String HEADER = """
            # zhreader: the words you saved in the reading screen (key a), a glossary that zhreader reads on every start.
            # Edit it as you like; the format is that of --glossary files (see "Glossaries" in the user guide).
            """;

    /** A glossary line that starts an entry, with its headword (before | [ tab, space or =). */
    private static final Pattern HEADWORD = Pattern.compile("^([^\\s|\\[=]+)");

    private final Path file;

    SavedWords(Path dataHome) {
        this.file = dataHome.resolve(FILE);
    }

    Path file() {
        return file;
    }

    /**
     * A word to save.
     *
     * @param simplified  the headword in simplified characters
     * @param traditional its traditional form, equal to {@code simplified} when they do not differ
     * @param syllables   numbered pinyin, one syllable per character
     * @param kind        the glossary kind ({@code word}, {@code name})
     * @param meanings    what it means, at least one
     */
    record Word(String simplified, String traditional, List<String> syllables, String kind, List<String> meanings) {

        Word {
            syllables = List.copyOf(syllables);
            meanings = List.copyOf(meanings);
            if (meanings.isEmpty()) throw new IllegalArgumentException("no meaning for " + simplified);
        }

        /** The entry as the glossary format writes it, ending with a blank line. */
        String entry() {
            StringBuilder sb = new StringBuilder(simplified);
            if (!traditional.equals(simplified)) sb.append('|').append(traditional);
            sb.append(" [")
                    .append(String.join(" ", syllables))
                    .append("] ")
                    .append(kind)
                    .append('\n');
            for (String m : meanings) sb.append("  meaning: ").append(m.strip()).append('\n');
            return sb.append('\n').toString();
        }
    }

    /** Whether the file has an entry or rule for {@code simplified} already. */
    boolean contains(String simplified) {
        if (!Files.isRegularFile(file)) return false;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) continue;
                var m = HEADWORD.matcher(line.replace('\uFEFF', ' ').strip());
                if (m.find() && m.group(1).equals(simplified)) return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(reason(e), e);
        }
    }

    /**
     * Appends {@code word} unless the file has it; creates the folder and the file (with a header) when they are
     * missing.
     *
     * @return {@code false} when the word was there already
     * @throws UncheckedIOException when the file cannot be read or written, with a message that says why
     */
    boolean add(Word word) {
        if (contains(word.simplified())) return false;
        try {
            Files.createDirectories(file.getParent());
            String text = word.entry();
            if (!Files.exists(file)) {
                text = HEADER + "\n" + text;
            } else if (!endsWithBlankLine()) {
                text = "\n" + text;
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(reason(e), e);
        }
    }

    /** Whether the file ends with an empty line (or is empty), so that a new entry does not join the last one. */
    private boolean endsWithBlankLine() throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.isEmpty() || text.endsWith("\n\n");
    }

    /** What went wrong, in a few words with the path, for the screen's bottom line. */
    private static String reason(IOException e) {
        String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "";
        if (e instanceof AccessDeniedException) return path + ": permission denied";
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException)
            return path + ": not a folder";
        if (e instanceof NoSuchFileException) return path + ": no such folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return path + ": " + f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
