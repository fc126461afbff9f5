package io.github.zhreader.eval;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Token;

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
 * 30 characters with the most errors, with what was read instead.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.PinyinAccuracy -Dexec.args="../shared/data/cpp/dev"
 * </pre>
 */
public final class PinyinAccuracy {

    private static final char MARK = '\u2581';

    private PinyinAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        String base = args.length > 0 ? args[0] : "../shared/data/cpp/dev";
        List<String> sentences = Files.readAllLines(Path.of(base + ".sent"), StandardCharsets.UTF_8);
        List<String> labels = Files.readAllLines(Path.of(base + ".lb"), StandardCharsets.UTF_8);
        ChineseReader reader = ChineseReader.create();
        int right = 0;
        int total = 0;
        Map<String, Integer> errorsByChar = new HashMap<>();
        Map<String, Map<String, Integer>> confusions = new HashMap<>();
        boolean verbose = args.length > 1 && args[1].equals("--errors");
        for (int i = 0; i < sentences.size() && i < labels.size(); i++) {
            String marked = sentences.get(i);
            int at = marked.indexOf(MARK);
            String text = marked.replace(String.valueOf(MARK), "");
            String gold = labels.get(i).strip().replace("u:", "v");
            String character = text.substring(at, at + Character.charCount(text.codePointAt(at)));
            AnnotatedText doc = reader.annotate(text);
            String read = readingAt(doc, at);
            total++;
            if (read.equals(gold)) {
                right++;
            } else {
                errorsByChar.merge(character, 1, Integer::sum);
                confusions.computeIfAbsent(character, k -> new HashMap<>()).merge(read + "→" + gold, 1, Integer::sum);
                if (verbose) System.out.println(character + " " + read + " (gold " + gold + ") in " + tokenAt(doc, at)
                        + ": " + text);
            }
        }
        System.out.printf("%d of %d marked characters right: %.2f%%%n", right, total, 100.0 * right / total);
        errorsByChar.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(30)
                .forEach(e -> System.out.println("  " + e.getKey() + " " + e.getValue() + " errors: "
                        + confusions.get(e.getKey())));
    }

    /** The token covering {@code offset}, as text/tag. */
    private static String tokenAt(AnnotatedText doc, int offset) {
        return doc.tokens().filter(t -> offset >= t.start() && offset < t.end())
                .map(t -> t.text() + "/" + t.tag()).findFirst().orElse("-");
    }

    /** The syllable given to the character at {@code offset}, or "-" when no token covers it. */
    private static String readingAt(AnnotatedText doc, int offset) {
        for (Token t : (Iterable<Token>) doc.tokens()::iterator) {
            if (offset < t.start() || offset >= t.end() || !t.isHan()) continue;
            int index = t.text().codePointCount(0, offset - t.start());
            return index < t.syllables().size() ? t.syllables().get(index) : "-";
        }
        return "-";
    }
}
