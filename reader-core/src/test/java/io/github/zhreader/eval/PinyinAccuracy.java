package io.github.zhreader.eval;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.PinyinChoice;
import io.github.zhreader.pinyin.CharacterReadings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pinyin accuracy on the CPP benchmark's marked characters ({@code dev.sent}: one polyphone per sentence between
 * two U+2581 marks; {@code dev.lb}: its gold reading, tone numbers, ü as {@code u:}). Prints the accuracy and the
 * 30 characters with the most errors, with what was read instead. CPP writes the neutral-tone syllable of a word with
 * its character's own tone (认识 ren4 shi2, where dictionaries write ren4 shi5); such a syllable is compared by the
 * character's tone ({@link CharacterReadings#citationTone}), and the accuracy without that is printed as well.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.PinyinAccuracy -Dexec.args="../shared/data/cpp/dev"
 * </pre>
 */
public final class PinyinAccuracy {

    private static final char MARK = '\u2581';

    private PinyinAccuracy() {}

    public static void main(String[] args) throws IOException {
        String base = args.length > 0 ? args[0] : "../shared/data/cpp/dev";
        score(ChineseReader.create(), base, args.length > 1 && args[1].equals("--errors"), true);
    }

    /**
     * The share of the marked characters of {@code base}{@code .sent} read as {@code base}{@code .lb} says, in
     * percent; with {@code report}, printed with the characters most often wrong (and each error with {@code
     * verbose}).
     */
    static double score(ChineseReader reader, String base, boolean verbose, boolean report) throws IOException {
        List<String> sentences = Files.readAllLines(Path.of(base + ".sent"), StandardCharsets.UTF_8);
        List<String> labels = Files.readAllLines(Path.of(base + ".lb"), StandardCharsets.UTF_8);
        CharacterReadings characters = new CharacterReadings();
        int right = 0;
        int total = 0;
        int neutral = 0;
        Map<String, Integer> errorsByChar = new HashMap<>();
        Map<String, Map<String, Integer>> confusions = new HashMap<>();
        for (int i = 0; i < sentences.size() && i < labels.size(); i++) {
            String marked = sentences.get(i);
            int at = marked.indexOf(MARK);
            String text = marked.replace(String.valueOf(MARK), "");
            String gold = labels.get(i).strip().replace("u:", "v");
            String character = text.substring(at, at + Character.charCount(text.codePointAt(at)));
            PinyinChoice choice = reader.explainPinyin(text).stream()
                    .filter(c -> c.start() == at)
                    .findFirst()
                    .orElse(new PinyinChoice(character, at, "-", "no token", "-", ""));
            String read = choice.syllable();
            total++;
            // CPP writes a neutral-tone syllable of a word with its character's own tone (认识 ren4 shi2).
            String citation = read.equals("-") ? read : characters.citationTone(text.codePointAt(at), read);
            if (!read.equals(gold) && citation.equals(gold)) neutral++;
            if (citation.equals(gold)) {
                right++;
            } else {
                errorsByChar.merge(character, 1, Integer::sum);
                confusions.computeIfAbsent(character, k -> new HashMap<>()).merge(read + "→" + gold, 1, Integer::sum);
                if (verbose)
                    System.out.println(character + " " + citation + " (gold " + gold + ") in " + choice.word() + "/"
                            + choice.tag() + " by " + choice.rule().replace(' ', '_') + ": " + text);
            }
        }
        if (!report) return 100.0 * right / total;
        System.out.printf("%d of %d marked characters right: %.2f%%%n", right, total, 100.0 * right / total);
        System.out.printf(
                "(%d of them neutral in their word and counted by their character's tone, as CPP writes"
                        + " them; counted wrong: %.2f%%)%n",
                neutral, 100.0 * (right - neutral) / total);
        errorsByChar.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(30)
                .forEach(e -> System.out.println(
                        "  " + e.getKey() + " " + e.getValue() + " errors: " + confusions.get(e.getKey())));
        return 100.0 * right / total;
    }
}
