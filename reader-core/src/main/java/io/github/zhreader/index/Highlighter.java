package io.github.zhreader.index;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.QueryKind;
import io.github.zhreader.Span;
import io.github.zhreader.Token;
import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.DictionarySearch;
import io.github.zhreader.pinyin.notation.PinyinInput;
import io.github.zhreader.pinyin.notation.Syllables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what matched in a hit's sentence: the Chinese query wherever it occurs, the characters whose syllables
 * spell a pinyin query, the words whose glosses hold an English query's words.
 */
final class Highlighter {

    private Highlighter() {}

    /** The spans of {@code sentence} that match {@code query}, in order, overlapping and touching ones merged. */
    static List<Span> highlight(ChineseReader reader, String sentence, QueryKind mode, String query) {
        List<int[]> spans = switch (mode) {
            case CHINESE -> chinese(reader, sentence, reader.toSimplified(query));
            case PINYIN -> pinyin(reader, sentence, query);
            case ENGLISH -> english(reader, sentence, query);
        };
        return merged(sentence.length(), spans);
    }

    /**
     * Each term wherever it occurs; a phrase found with words inside (薅羊毛 in 薅了羊毛, which the sentence does not
     * hold as written) is highlighted in its parts.
     */
    private static List<int[]> chinese(ChineseReader reader, String original, String query) {
        String sentence = reader.toSimplified(original);
        List<int[]> spans = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        for (String term : query.replace("\"", " ").split("\\s+")) {
            if (term.isEmpty()) continue;
            if (!sentence.contains(term)) unseen.add(term);
            for (int at = sentence.indexOf(term); at >= 0; at = sentence.indexOf(term, at + term.length())) {
                spans.add(new int[] {at, at + term.length()});
            }
        }
        if (!unseen.isEmpty()) {
            for (io.github.zhreader.Expression e : reader.annotate(original).expressions()) {
                if (unseen.contains(reader.toSimplified(e.headword()))) {
                    e.parts().forEach(part -> spans.add(new int[] {part.start(), part.end()}));
                }
            }
        }
        return spans;
    }

    private static List<int[]> pinyin(ChineseReader reader, String sentence, String query) {
        Optional<String> compact = PinyinInput.compact(query.replace("\"", ""));
        Optional<List<String>> wanted = compact.flatMap(PinyinInput::split);
        if (wanted.isEmpty()) return List.of();
        boolean tones = PinyinInput.hasTones(compact.get());
        List<int[]> characters = new ArrayList<>();
        List<String> syllables = new ArrayList<>();
        io.github.zhreader.AnnotatedText doc = reader.annotate(sentence);
        List<String> w = wanted.get().stream()
                .map(s -> tones ? s : Syllables.toneless(s))
                .toList();
        List<int[]> spans = new ArrayList<>();
        for (io.github.zhreader.Expression e : doc.expressions()) {
            List<String> reading = java.util.Arrays.stream(
                            e.gloss().pinyin().toLowerCase(Locale.ROOT).split(" "))
                    .map(s -> tones ? s : Syllables.toneless(s))
                    .toList();
            if (reading.equals(w)) e.parts().forEach(part -> spans.add(new int[] {part.start(), part.end()}));
        }
        for (Token t : (Iterable<Token>) doc.tokens()::iterator) {
            int i = 0;
            for (int offset = t.start(); offset < t.end() && i < t.syllables().size(); ) {
                int cp = sentence.codePointAt(offset);
                int next = offset + Character.charCount(cp);
                if (TokenType.isHan(cp)) {
                    characters.add(new int[] {offset, next});
                    String s = t.syllables().get(i++);
                    syllables.add(tones ? s : Syllables.toneless(s));
                }
                offset = next;
            }
        }
        for (int i = 0; i + w.size() <= syllables.size(); i++) {
            if (syllables.subList(i, i + w.size()).equals(w)) {
                spans.add(new int[] {characters.get(i)[0], characters.get(i + w.size() - 1)[1]});
            }
        }
        return spans;
    }

    private static List<int[]> english(ChineseReader reader, String sentence, String query) {
        List<Pattern> words = new ArrayList<>();
        for (String word : query.replace("\"", " ").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.length() > 1)
                words.add(
                        DictionarySearch.wholeWords(word.endsWith("s") ? word.substring(0, word.length() - 1) : word));
        }
        List<int[]> spans = new ArrayList<>();
        for (Token t : (Iterable<Token>) reader.annotate(sentence).tokens()::iterator) {
            if (t.glosses().isEmpty()) continue;
            String senses = String.join(" ; ", t.glosses().get(0).senses()) + " "
                    + t.glosses().get(0).literal();
            if (words.stream()
                    .anyMatch(p -> p.matcher(senses).find()
                            || p.matcher(senses.replace("s ", " ")).find())) {
                spans.add(new int[] {t.start(), t.end()});
            }
        }
        return spans;
    }

    /** The spans within {@code [0, length)}, overlapping and touching ones merged, in order. */
    static List<Span> merged(int length, List<int[]> spans) {
        boolean[] inside = new boolean[length];
        for (int[] s : spans) {
            for (int i = Math.max(0, s[0]); i < Math.min(length, s[1]); i++) inside[i] = true;
        }
        List<Span> merged = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            if (!inside[i]) continue;
            int start = i;
            while (i < length && inside[i]) i++;
            merged.add(new Span(start, i));
        }
        return merged;
    }
}
