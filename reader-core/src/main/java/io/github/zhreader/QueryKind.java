package io.github.zhreader;

import io.github.zhreader.pinyin.notation.PinyinInput;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query is written in: Chinese characters, pinyin or English. Look-up, sentence search and the reading
 * screen's search all parse a query with {@link #parse(String)}, so that one query means the same everywhere.
 */
public enum QueryKind {
    /** Chinese characters: words and any substring. */
    CHINESE("zh"),
    /** Pinyin, with or without tones and spaces. */
    PINYIN("py"),
    /** English words and phrases, matched against the glosses. */
    ENGLISH("en");

    private final String id;

    QueryKind(String id) {
        this.id = id;
    }

    /** The short name a query's prefix and JSON output use: {@code zh}, {@code py}, {@code en}. */
    public String id() {
        return id;
    }

    /**
     * A query parsed: its kind, whether a prefix set it, and its text without the prefix.
     *
     * @param kind   what the query is written in
     * @param forced whether a prefix ({@code zh:}, {@code py:}, {@code en:}, in any case) named the kind
     * @param text   the query without its prefix, stripped
     */
    public record Parsed(QueryKind kind, boolean forced, String text) {
        public Parsed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Parses a query: a prefix sets its kind, else {@link #of(String)} finds it. */
    public static Parsed parse(String query) {
        String q = query.strip();
        if (q.length() > 3 && q.charAt(2) == ':') {
            String prefix = q.substring(0, 2).toLowerCase(Locale.ROOT);
            for (QueryKind k : values()) {
                if (k.id.equals(prefix))
                    return new Parsed(k, true, q.substring(3).strip());
            }
        }
        return new Parsed(of(q), false, q);
    }

    /** Chinese when the text has Han characters; pinyin when it reads as whole syllables; English otherwise. */
    public static QueryKind of(String text) {
        if (TokenType.containsHan(text)) return CHINESE;
        Optional<String> compact = PinyinInput.compact(text.replace("\"", ""));
        if (compact.isPresent() && PinyinInput.split(compact.get()).isPresent()) return PINYIN;
        return ENGLISH;
    }
}
