package io.github.zhreader.vocab;

import io.github.zhreader.TokenType;
import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A reader's known words, kept in a plain UTF-8 file of one word per line ({@code known.txt} in the data folder),
 * so it can be edited by hand and kept under version control. Lines starting with {@code #} and blank lines are
 * ignored. Saving writes a temporary file and moves it into place, so a crash never leaves half a file.
 *
 * <p>Not thread-safe: one command at a time changes it.
 */
public final class KnownWords {

    private final Path file;
    private final Set<String> words;

    private KnownWords(Path file, Set<String> words) {
        this.file = file;
        this.words = words;
    }

    /**
     * Reads the store at {@code file}; a missing file is an empty store.
     *
     * @throws ZhReaderException when the file exists but cannot be read or is not UTF-8
     */
    public static KnownWords load(Path file) {
        Set<String> words = new LinkedHashSet<>();
        if (Files.exists(file)) {
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
                for (String line : text.split("\n")) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) words.add(w);
                }
            } catch (CharacterCodingException e) {
                throw new ZhReaderException("known words " + file + ": not valid UTF-8 text");
            } catch (IOException e) {
                throw new ZhReaderException("known words " + file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return new KnownWords(file, words);
    }

    /** The known words, in the order they were added. */
    public Set<String> words() {
        return Set.copyOf(words);
    }

    /** The known words as a list, in the order they were added. */
    public List<String> list() {
        return List.copyOf(words);
    }

    /** Adds words; returns how many were new. */
    public int add(Collection<String> more) {
        int before = words.size();
        for (String w : more) {
            String s = w.strip();
            if (!s.isEmpty()) words.add(s);
        }
        return words.size() - before;
    }

    /** Removes words; returns how many were there. */
    public int remove(Collection<String> fewer) {
        int before = words.size();
        fewer.forEach(w -> words.remove(w.strip()));
        return before - words.size();
    }

    /** {@code true} when the word is known. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /**
     * Writes the store back to its file.
     *
     * @throws ZhReaderException when the folder cannot be written
     */
    public void save() {
        List<String> lines = new ArrayList<>();
        lines.add("# zhreader known words: one word per line");
        lines.addAll(words);
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "known", ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ZhReaderException("known words " + file + ": cannot be saved (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads words from a list or an export of Pleco or Anki (plain text: the first tab- or comma-separated column
     * is the word; {@code #} header lines are skipped). Lines whose first column has no Chinese character are not
     * words and are counted as skipped.
     */
    public static Import readImport(Path file) {
        List<String> found = new ArrayList<>();
        int skipped = 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            for (String line : text.split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String first = line.split("[\t,]", 2)[0].strip().replace("\"", "");
                // Pleco writes "traditional[simplified]" or "简体[繁體]" in the first column.
                int bracket = first.indexOf('[');
                if (bracket > 0) first = first.substring(0, bracket);
                if (TokenType.containsHan(first)) {
                    found.add(first);
                } else {
                    skipped++;
                }
            }
        } catch (CharacterCodingException e) {
            throw new ZhReaderException(file + ": not valid UTF-8 text (export it as UTF-8)");
        } catch (IOException e) {
            throw new ZhReaderException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return new Import(found, skipped);
    }

    /** Words read from an import file, and how many lines were not words. */
    public record Import(List<String> words, int skipped) {
        /** Copies the words. */
        public Import {
            words = List.copyOf(words);
        }
    }
}
