package io.github.zhreader.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhreader.CharacterInfo;
import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import io.github.zhreader.QueryKind;
import io.github.zhreader.lexicon.HskLevels;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.render.JsonRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
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
                    + "characters: its radical, its components and its rank among characters by frequency. "
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
        if (json) {
            writeJson(q, found, characters);
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
        CharacterLines.of(characters).forEach(cli.out()::println);
        cli.out().flush();
        return Failures.OK;
    }

    /**
     * {@code {"query":"…","entries":[{"gloss":{…},"hsk":1}],"characters":[{"character":"妈","radical":{"text":"女",
     * "meaning":"woman"},"components":[{"text":"女","meaning":"woman"},{"text":"马","meaning":"horse"}],
     * "rank":1180}]}}, each gloss as annotate's JSON writes glosses; {@code hsk}, {@code radical}, {@code meaning}
     * and {@code rank} only where there is one.
     */
    private void writeJson(String query, List<Gloss> found, List<CharacterInfo> characters) {
        // The generator must leave the command's writer open for the line's end.
        try (JsonGenerator g = new JsonFactory()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(cli.out())) {
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
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cli.out().println();
        cli.out().flush();
    }

    private static void component(JsonGenerator g, CharacterInfo.Component part) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", part.text());
        if (part.meaning().isPresent())
            g.writeStringField("meaning", part.meaning().get());
        g.writeEndObject();
    }
}
