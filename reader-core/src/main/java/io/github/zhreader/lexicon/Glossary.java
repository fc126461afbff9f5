package io.github.zhreader.lexicon;

import io.github.zhreader.GlossSource;
import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A glossary: idioms, slang, figurative phrases and other words with explanations, read from the glossary format
 * (see {@link GlossaryParser}). zhreader ships a curated one, {@link #curated()}; users add their own with
 * {@link #load(Path)}. A glossary can also hold segmentation rules: strings that must be cut in a given way.
 *
 * <p>Immutable and thread-safe.
 */
public final class Glossary {

    private static final String CURATED = "/io/github/zhreader/lexicon/glossary.txt";

    private final String name;
    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byHeadword;
    private final Map<String, List<String>> rules;
    private final int maxWordLength;

    private Glossary(String name, GlossaryParser.Parsed parsed) {
        this.name = name;
        this.entries = parsed.entries();
        this.rules = parsed.rules();
        Map<String, GlossaryEntry> index = new HashMap<>(entries.size() * 4);
        int longest = 0;
        for (GlossaryEntry e : entries) {
            index.putIfAbsent(e.simplified(), e);
            index.putIfAbsent(e.traditional(), e);
            longest = Math.max(longest, e.simplified().length());
        }
        for (String word : rules.keySet()) longest = Math.max(longest, word.length());
        // A HashMap, not Map.copyOf: the repairs ask about many strings that are not headwords, and Map.copyOf's
        // table compares every probed key with equals() where HashMap first compares hashes.
        this.byHeadword = java.util.Collections.unmodifiableMap(index);
        this.maxWordLength = longest;
    }

    private static final class Holder {
        static final Glossary CURATED_GLOSSARY = loadCurated();
    }

    /** zhreader's curated glossary, shipped in the reader-core jar. */
    public static Glossary curated() {
        return Holder.CURATED_GLOSSARY;
    }

    /**
     * Reads a user's glossary file (UTF-8). Its entries have the source {@link GlossSource#USER}.
     *
     * @throws GlossaryFileException when the file cannot be read or is not UTF-8, naming it
     * @throws GlossaryFormatException for a line that is not in the format, naming the file and line
     */
    public static Glossary load(Path file) {
        Objects.requireNonNull(file, "file");
        String shown = file.toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return parse(new StringReader(text), shown, GlossSource.USER);
        } catch (NoSuchFileException e) {
            throw new GlossaryFileException("glossary " + shown + ": no such file");
        } catch (CharacterCodingException e) {
            throw new GlossaryFileException("glossary " + shown + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw new GlossaryFileException("glossary " + shown + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses glossary text; {@code name} is used in messages. */
    public static Glossary parse(Reader text, String name, GlossSource source) {
        return new Glossary(name, GlossaryParser.parse(text, name, source));
    }

    private static Glossary loadCurated() {
        InputStream in = Glossary.class.getResourceAsStream(CURATED);
        if (in == null) {
            throw new ZhReaderException("the curated glossary " + CURATED + " is missing from the reader-core jar");
        }
        // Decoded whole, which is quicker than through a reader's decoder while the code is cold.
        try (in) {
            return parse(
                    new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                    "glossary.txt",
                    GlossSource.CURATED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry whose simplified or traditional headword is {@code word}. */
    public Optional<GlossaryEntry> lookup(String word) {
        return Optional.ofNullable(byHeadword.get(word));
    }

    /** All entries, in file order. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The segmentation rules: a string, and the words it must be cut into. */
    public Map<String, List<String>> rules() {
        return rules;
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    /** The longest headword or rule, in UTF-16 units. */
    public int maxWordLength() {
        return maxWordLength;
    }

    /** The name given when the glossary was read: a file name. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Glossary[" + name + ", " + entries.size() + " entries]";
    }
}
