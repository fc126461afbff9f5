package io.github.zhreader.cli;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Span;
import io.github.zhreader.index.SentenceHit;
import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.text.DisplayWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The reading screen's list of a library search: the sentences of the user's other documents that match a query,
 * best first, with one chosen; {@link #lines} lays it out with the chosen one in view. Not thread-safe (the reading
 * screen's lock guards it).
 */
final class LibraryHits {

    /** The most sentences a library search lists. */
    static final int LIMIT = 200;

    /** What the reading screen asks of the user's library. */
    interface Library {

        /** No library: a search finds nothing and says why. */
        Library NONE = new Library() {
            @Override
            public Found search(String query, String text) {
                throw new IllegalStateException("there is no library to search");
            }

            @Override
            public Optional<Opened> open(String id) {
                return Optional.empty();
            }

            @Override
            public Map<String, Integer> vocabulary() {
                return Map.of();
            }
        };

        /**
         * The best {@value #LIMIT} sentences for {@code query} in documents other than the one whose text is
         * {@code text}.
         *
         * @throws RuntimeException (a {@link io.github.zhreader.ZhReaderException}, an {@link IllegalStateException})
         *     with a one-line message when the library cannot be searched
         */
        Found search(String query, String text);

        /** Document {@code id}, annotated; empty when the library has no such document. */
        Optional<Opened> open(String id);

        /** Every word of the library's documents with how often they use it ({@link SentenceLibrary#readVocabulary}). */
        Map<String, Integer> vocabulary();

        /** The library in {@code folder}, searched and read with the reader {@code reader} gives. */
        static Library in(Path folder, Supplier<ChineseReader> reader) {
            return new Library() {
                @Override
                public Found search(String query, String text) {
                    if (!Files.isDirectory(folder))
                        throw new IllegalStateException("your library is empty (zhreader add FILE adds a text)");
                    try (SentenceLibrary library = SentenceLibrary.open(folder, reader.get())) {
                        Optional<String> self = library.documentWithText(text);
                        SentenceLibrary.Results results = library.search(query, LIMIT, 0, null);
                        List<SentenceHit> others = results.hits().stream()
                                .filter(h -> self.filter(h.document()::equals).isEmpty())
                                .toList();
                        return new Found(
                                others, results.total() > results.hits().size());
                    }
                }

                @Override
                public Optional<Opened> open(String id) {
                    return SentenceLibrary.readDocument(folder, id)
                            .map(d -> new Opened(d.id(), d.title(), reader.get().annotate(d.text())));
                }

                @Override
                public Map<String, Integer> vocabulary() {
                    return SentenceLibrary.readVocabulary(folder);
                }
            };
        }
    }

    /** What a library search found: the sentences, and whether the library has more than it lists. */
    record Found(List<SentenceHit> hits, boolean more) {
        Found {
            hits = List.copyOf(hits);
        }
    }

    /** A document of the library, opened to read. */
    record Opened(String id, String title, AnnotatedText text) {
        Opened {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }
    }

    private final String query;
    private final Found found;
    private int chosen;

    LibraryHits(String query, Found found) {
        if (found.hits().isEmpty()) throw new IllegalArgumentException("no hits");
        this.query = query;
        this.found = found;
    }

    /** Chooses the sentence {@code by} places further down (up when negative), stopping at either end. */
    void move(int by) {
        chosen = Math.max(0, Math.min(found.hits().size() - 1, chosen + by));
    }

    /** Chooses the first sentence ({@code last} false) or the last. */
    void end(boolean last) {
        chosen = last ? found.hits().size() - 1 : 0;
    }

    SentenceHit chosen() {
        return found.hits().get(chosen);
    }

    String query() {
        return query;
    }

    /**
     * The list in {@code rows} lines at most: a line that says what it is and which keys work, then a line for each
     * sentence (its document's title and number, the sentence with what matched in bold), the chosen one in reverse
     * video and in view.
     */
    List<AttributedString> lines(int rows, int columns) {
        List<SentenceHit> hits = found.hits();
        List<AttributedString> lines = new ArrayList<>();
        String count = hits.size() + (found.more() ? " best" : "") + " sentence" + (hits.size() == 1 ? "" : "s");
        lines.add(new AttributedString(
                Interlinear.truncate(
                        "In your other texts, " + count + " with \"" + Interlinear.clean(query)
                                + "\" (↑/↓ choose, Enter opens, any other key goes back):",
                        columns),
                AttributedStyle.BOLD));
        int room = Math.max(1, rows - 1);
        int first = Math.max(0, Math.min(chosen - room / 2, hits.size() - room));
        for (int i = first; i < hits.size() && lines.size() <= room; i++) {
            lines.add(line(hits.get(i), i == chosen, columns));
        }
        return lines;
    }

    /** One sentence of the list: {@code  title #12  sentence}, cut to {@code columns} with an ellipsis. */
    private static AttributedString line(SentenceHit hit, boolean chosen, int columns) {
        AttributedStyle plain = chosen ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT;
        AttributedStringBuilder sb = new AttributedStringBuilder();
        sb.append(
                "  " + Interlinear.truncate(Interlinear.clean(hit.title()), 24) + " #" + (hit.sentence() + 1) + "  ",
                plain.faint());
        int at = 0;
        String text = hit.text();
        for (Span h : hit.highlights()) {
            sb.append(Interlinear.clean(text.substring(at, h.start())), plain);
            sb.append(Interlinear.clean(text.substring(h.start(), h.end())), plain.bold());
            at = h.end();
        }
        sb.append(Interlinear.clean(text.substring(at)), plain);
        return fit(sb.toAttributedString(), columns);
    }

    /** {@code line} in at most {@code columns} columns, ending in an ellipsis when it was cut. */
    private static AttributedString fit(AttributedString line, int columns) {
        if (line.columnLength() <= columns) return line;
        AttributedStringBuilder sb = new AttributedStringBuilder();
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = Character.codePointAt(line, i);
            int w = DisplayWidth.of(cp);
            if (used + w > columns - 1) break;
            sb.append(line.subSequence(i, i + Character.charCount(cp)));
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append("…").toAttributedString();
    }
}
