package io.github.zhreader.pinyin;

import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named lists of words read from a resource beside this class: a section starts with {@code ## name: what it
 * holds}, and its lines hold words separated by spaces; {@code #} starts a comment. A missing resource or section
 * is a {@link ZhReaderException} when the class that needs it loads. Immutable.
 */
final class WordLists {

    private final String resource;
    private final Map<String, List<String>> sections;

    private WordLists(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /** Reads the lists of resource {@code name}. */
    static WordLists load(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(name, true)) {
            if (line.startsWith("## ")) {
                int colon = line.indexOf(':');
                String section = (colon < 0 ? line.substring(3) : line.substring(3, colon)).strip();
                current = new ArrayList<>();
                if (sections.put(section, current) != null) {
                    throw new ZhReaderException(name + ": section " + section + " is written twice");
                }
            } else if (line.startsWith("#")) {
                continue;
            } else if (current == null) {
                throw new ZhReaderException(name + ": words before the first section: " + line);
            } else {
                current.addAll(List.of(line.split("\\s+")));
            }
        }
        Map<String, List<String>> copied = new LinkedHashMap<>();
        sections.forEach((k, v) -> copied.put(k, List.copyOf(v)));
        return new WordLists(name, Map.copyOf(copied));
    }

    /** The words of a section. */
    Set<String> words(String section) {
        return Set.copyOf(section(section));
    }

    /** The characters of a section written as runs, joined: {@code indexOf} finds a character in it. */
    String characters(String section) {
        return String.join("", section(section));
    }

    private List<String> section(String section) {
        List<String> words = sections.get(section);
        if (words == null) throw new ZhReaderException(resource + " has no section " + section);
        return words;
    }

    /**
     * The lines of resource {@code name}, stripped, without blank lines and, unless {@code keepComments}, without
     * the lines that start with {@code #}.
     */
    static List<String> lines(String name, boolean keepComments) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) throw new ZhReaderException("the word list " + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && (keepComments || !l.startsWith("#")))
                    .toList();
        } catch (IOException e) {
            throw new ZhReaderException("cannot read the word list " + name, e);
        }
    }
}
