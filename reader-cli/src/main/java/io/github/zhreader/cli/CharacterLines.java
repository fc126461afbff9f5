package io.github.zhreader.cli;

import io.github.zhreader.CharacterInfo;
import io.github.zhreader.render.Interlinear;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The characters of a word in its full entry ({@code lookup} and Enter in the reading screen), a line each:
 * <pre>
 *   妈  radical 女 woman · 女 woman + 马 horse · character rank 1180
 *      in your library: 妈妈 14 · 姑妈 2
 * </pre>
 * the character, its radical with the radical's meaning, its components (with their meanings when they are
 * radicals), and its rank among characters by frequency; a part the data lacks is left out. Under it, the other
 * words of the user's library that contain the character, those its texts use most first. Stateless.
 */
final class CharacterLines {

    /** The most words of the library shown for a character. */
    static final int LIBRARY_WORDS = 6;

    private CharacterLines() {}

    /**
     * A line for each character of {@code word}, once however often it repeats it (妈妈: one line), each followed by a line of the
     * words of {@code library} (simplified words, with how often the library's texts use them) that contain it,
     * other than the word itself, when there are any; {@code simplified} folds a text to simplified characters.
     */
    static List<String> of(
            List<CharacterInfo> characters,
            String word,
            Map<String, Integer> library,
            UnaryOperator<String> simplified) {
        List<String> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String self = simplified.apply(word);
        for (CharacterInfo c : characters) {
            if (!seen.add(c.character())) continue;
            lines.add(line(c));
            List<String> words = wordsWith(simplified.apply(c.character()), self, library).stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .toList();
            if (!words.isEmpty()) lines.add(Interlinear.clean("     in your library: " + String.join(" · ", words)));
        }
        return lines;
    }

    /**
     * The words of {@code library} other than {@code self} and the character alone that contain {@code character},
     * with how often the
     * library uses them: the {@value #LIBRARY_WORDS} used most, the more frequent first, then in character order.
     */
    static List<Map.Entry<String, Integer>> wordsWith(String character, String self, Map<String, Integer> library) {
        return library.entrySet().stream()
                .filter(e -> e.getKey().contains(character)
                        && !e.getKey().equals(self)
                        && !e.getKey().equals(character))
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(LIBRARY_WORDS)
                .toList();
    }

    /** The line of one character, made safe for a terminal. */
    static String line(CharacterInfo c) {
        List<String> parts = new ArrayList<>();
        c.radical().ifPresent(r -> parts.add("radical " + r));
        if (!c.components().isEmpty())
            parts.add(c.components().stream().map(Object::toString).collect(Collectors.joining(" + ")));
        c.frequencyRank().ifPresent(rank -> parts.add("character rank " + rank));
        String rest = parts.isEmpty() ? "" : "  " + String.join(" · ", parts);
        return Interlinear.clean("  " + c.character() + rest);
    }
}
