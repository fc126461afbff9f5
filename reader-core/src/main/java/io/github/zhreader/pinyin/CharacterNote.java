package io.github.zhreader.pinyin;

import io.github.zhreader.TokenType;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.text.Whitespace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What our character table says about one character: its readings in order of modern use, and the readings it takes
 * in a transliteration, as a surname, right after a number, and as a word with a given part of speech.
 *
 * <p>A line of the table reads {@code 卷 juan3 juan4 | number juan4 | q juan4}: the character and its readings, most
 * common first, then optional {@code |}-separated fields, each a key ({@code translit}, {@code surname},
 * {@code number}, {@code aspect}, {@code place} or a PKU part-of-speech tag) and a numbered syllable. {@code #} starts a comment.
 *
 * @param order           readings to put first, most common first (may be empty)
 * @param transliteration the reading in foreign names, or {@code null}
 * @param surname         the reading as a surname, or {@code null}
 * @param afterNumber     the reading right after a number, or {@code null}
 * @param beforeAspect    the reading as a verb right before an aspect particle (数了 shu3, 系着 ji4), or {@code null}
 * @param place           the reading in the name of a place or an old state, right before an administrative unit or
 *                        a ruler's title (蔚州 yu4, 燕王 yan1), or {@code null}
 * @param byTag           readings by part-of-speech tag
 */
record CharacterNote(
        List<String> order,
        String transliteration,
        String surname,
        String afterNumber,
        String beforeAspect,
        String place,
        Map<String, String> byTag) {

    /** Our character table, beside this class. */
    static final String TABLE = "character-readings.txt";

    /** Reads the table {@code name} beside this class; a malformed line stops with its line number. */
    static Map<Integer, CharacterNote> load(String name) {
        InputStream in = CharacterNote.class.getResourceAsStream(name);
        if (in == null) throw new ZhReaderException("the character table " + name + " is missing from reader-core");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new ZhReaderException("cannot read the character table " + name, e);
        }
    }

    /** Parses the lines of a table; a malformed line throws {@link IllegalArgumentException} naming it. */
    static Map<Integer, CharacterNote> parse(List<String> lines) {
        Map<Integer, CharacterNote> notes = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            if (line.isBlank()) continue;
            try {
                int cp = line.strip().codePointAt(0);
                if (notes.put(cp, parseLine(line.strip())) != null)
                    throw new IllegalArgumentException("the character is listed twice");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "character table line " + (n + 1) + ": " + e.getMessage() + ": " + lines.get(n), e);
            }
        }
        return Map.copyOf(notes);
    }

    private static CharacterNote parseLine(String line) {
        String[] fields = line.split("\\|");
        String[] head = Whitespace.split(fields[0]).toArray(new String[0]);
        if (head[0].codePointCount(0, head[0].length()) != 1 || !TokenType.isHan(head[0].codePointAt(0))) {
            throw new IllegalArgumentException("a line starts with one Han character");
        }
        List<String> order = new ArrayList<>();
        for (int i = 1; i < head.length; i++) order.add(syllable(head[i]));
        String translit = null;
        String surname = null;
        String number = null;
        String aspect = null;
        String place = null;
        Map<String, String> byTag = new HashMap<>();
        for (int f = 1; f < fields.length; f++) {
            String[] kv = Whitespace.split(fields[f]).toArray(new String[0]);
            if (kv.length != 2) throw new IllegalArgumentException("a field is a key and one syllable");
            if (kv[1].equals("-")) continue;
            String reading = syllable(kv[1]);
            switch (kv[0]) {
                case "translit" -> translit = reading;
                case "surname" -> surname = reading;
                case "number" -> number = reading;
                case "aspect" -> aspect = reading;
                case "place" -> place = reading;
                default -> {
                    if (!isTag(kv[0])) throw new IllegalArgumentException("unknown key " + kv[0]);
                    byTag.put(kv[0], reading);
                }
            }
        }
        return new CharacterNote(List.copyOf(order), translit, surname, number, aspect, place, Map.copyOf(byTag));
    }

    /** One to three lower-case ASCII letters: a part-of-speech tag. */
    private static boolean isTag(String key) {
        if (key.isEmpty() || key.length() > 3) return false;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < 'a' || key.charAt(i) > 'z') return false;
        }
        return true;
    }

    private static String syllable(String s) {
        String normalized = Syllables.normalize(s);
        if (!Syllables.isValid(normalized)) throw new IllegalArgumentException("not a numbered syllable: " + s);
        return normalized;
    }
}
