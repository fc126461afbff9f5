package io.github.zhreader.cli;

import io.github.zhreader.CharacterInfo;
import io.github.zhreader.render.Interlinear;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The characters of a word in its full entry ({@code lookup} and Enter in the reading screen), a line each:
 * <pre>
 *   妈  radical 女 woman · 女 woman + 马 horse · character rank 1180
 * </pre>
 * the character, its radical with the radical's meaning, its components (with their meanings when they are
 * radicals), and its rank among characters by frequency; a part the data lacks is left out. Stateless.
 */
final class CharacterLines {

    private CharacterLines() {}

    /** A line for each character, once however often the word repeats it (妈妈: one line). */
    static List<String> of(List<CharacterInfo> characters) {
        List<String> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CharacterInfo c : characters) if (seen.add(c.character())) lines.add(line(c));
        return lines;
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
