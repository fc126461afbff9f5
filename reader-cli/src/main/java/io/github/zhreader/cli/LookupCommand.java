package io.github.zhreader.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhreader.CharacterInfo;
import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import io.github.zhreader.QueryKind;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.lexicon.HskLevels;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.render.JsonRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhreader lookup WORD|PINYIN|ENGLISH}: dictionary look-up. */
@Command(
        name = "lookup",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = {
            "Look a word up in the dictionary: by Chinese characters (simplified or traditional), "
                    + "by pinyin with or without tones, or by English.",
            "The kind of query is detected; force it with a prefix: zh:, py: or en:. The curated "
                    + "explanation of an idiom or slang word (literal and figurative meaning) comes first, then "
                    + "the CC-CEDICT entries. A word in characters is followed by a line for each of its "
                    + "characters: its radical, its components, its rank among characters by frequency, and "
                    + "the other words of your library that contain it. "
                    + "Exit code 1 when nothing matches."
        },
        footer = {
            "",
            "Examples:",
            "  zhreader lookup 招安",
            "  zhreader lookup yinhang",
            "  zhreader lookup hao yang mao",
            "  zhreader lookup 'gold rush'",
            "  zhreader lookup en:shovel",
            "  zhreader lookup 妈妈 --json"
        })
final class LookupCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(
            arity = "1..*",
            paramLabel = "QUERY",
            description = "A word, pinyin or English; several words are " + "joined by spaces.")
    String[] query;

    @Option(
            names = "--limit",
            defaultValue = "20",
            paramLabel = "N",
            description = "Show at most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--json",
            description = "Print one JSON document: the entries and, for a word in characters, its characters.")
    boolean json;

    LookupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (limit < 1) throw new BadInputException("--limit " + limit + " must be at least 1");
        String q = String.join(" ", Arrays.asList(query)).strip();
        if (q.isEmpty()) throw new BadInputException("empty query");
        List<Gloss> found = cli.reader().lookup(q, limit);
        if (found.isEmpty()) {
            cli.err().println("zhreader: no dictionary entry for '" + q + "'");
            return Failures.FAILURE;
        }
        // The entries of a word in characters are all of that word: its characters follow them.
        QueryKind.Parsed parsed = QueryKind.parse(q);
        List<CharacterInfo> characters =
                parsed.kind() == QueryKind.CHINESE ? cli.reader().characters(parsed.text()) : List.of();
        Map<String, Integer> library = characters.isEmpty() ? Map.of() : libraryWords();
        if (json) {
            writeJson(q, found, characters, parsed.text(), library);
            return Failures.OK;
        }
        for (Gloss g : found) {
            String forms =
                    g.traditional().equals(g.headword()) ? g.headword() : g.headword() + " (" + g.traditional() + ")";
            String kind = g.kind() == GlossKind.WORD ? "" : "  " + g.kind().id();
            String source =
                    g.source() == GlossSource.CEDICT ? "" : "  (" + g.source().id() + " glossary)";
            java.util.OptionalInt hsk = HskLevels.builtIn().of(g.headword());
            String level = hsk.isPresent() ? "  HSK " + hsk.getAsInt() : "";
            cli.out()
                    .println(forms + "  " + Syllables.toMarks(List.of(g.pinyin().split(" "))) + "  [" + g.pinyin() + "]"
                            + level + kind + source);
            if (!g.literal().isEmpty()) cli.out().println("  literally: " + g.literal());
            int n = 1;
            for (String sense : g.senses()) cli.out().println("  " + (n++) + ". " + sense);
            if (!g.note().isEmpty()) cli.out().println("  note: " + g.note());
        }
        CharacterLines.of(characters, parsed.text(), library, cli.reader()::toSimplified)
                .forEach(cli.out()::println);
        cli.out().flush();
        return Failures.OK;
    }

    /**
     * The words of the user's library; none when there is no library, or when it cannot be read, which a line on
     * standard error says (the look-up goes on without them).
     */
    private Map<String, Integer> libraryWords() {
        try {
            return SentenceLibrary.readVocabulary(LibraryCommands.folder(cli));
        } catch (ZhReaderException e) {
            cli.err().println("zhreader: warning: " + e.getMessage());
            return Map.of();
        }
    }

    /**
     * {@code {"query":"…","entries":[{"gloss":{…},"hsk":1}],"characters":[{"character":"妈","radical":{"text":"女",
     * "meaning":"woman"},"components":[{"text":"女","meaning":"woman"},{"text":"马","meaning":"horse"}],
     * "rank":1180,"library":[{"word":"姑妈","uses":2}]}]}}, each gloss as annotate's JSON writes glosses;
     * {@code hsk}, {@code radical}, {@code meaning} and {@code rank} only where there is one; {@code library} the
     * other words of the user's library that contain the character, used most first.
     */
    private void writeJson(
            String query,
            List<Gloss> found,
            List<CharacterInfo> characters,
            String word,
            Map<String, Integer> library) {
        try {
            cli.printJson(g -> {
                g.writeStartObject();
                g.writeStringField("query", query);
                g.writeArrayFieldStart("entries");
                for (Gloss entry : found) {
                    g.writeStartObject();
                    g.writeFieldName("gloss");
                    g.writeRawValue(JsonRenderer.gloss(entry));
                    java.util.OptionalInt hsk = HskLevels.builtIn().of(entry.headword());
                    if (hsk.isPresent()) g.writeNumberField("hsk", hsk.getAsInt());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("characters");
                String self = cli.reader().toSimplified(word);
                for (CharacterInfo c : characters) {
                    g.writeStartObject();
                    g.writeStringField("character", c.character());
                    if (c.radical().isPresent()) {
                        g.writeFieldName("radical");
                        component(g, c.radical().get());
                    }
                    g.writeArrayFieldStart("components");
                    for (CharacterInfo.Component part : c.components()) component(g, part);
                    g.writeEndArray();
                    if (c.frequencyRank().isPresent())
                        g.writeNumberField("rank", c.frequencyRank().getAsInt());
                    g.writeArrayFieldStart("library");
                    for (Map.Entry<String, Integer> w :
                            CharacterLines.wordsWith(cli.reader().toSimplified(c.character()), self, library)) {
                        g.writeStartObject();
                        g.writeStringField("word", w.getKey());
                        g.writeNumberField("uses", w.getValue());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void component(JsonGenerator g, CharacterInfo.Component part) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", part.text());
        if (part.meaning().isPresent())
            g.writeStringField("meaning", part.meaning().get());
        g.writeEndObject();
    }
}
