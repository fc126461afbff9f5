package io.github.zhreader.cli;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import io.github.zhreader.QueryKind;
import io.github.zhreader.lexicon.HskLevels;
import io.github.zhreader.pinyin.notation.Syllables;
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
            "  zhreader lookup en:shovel"
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
        // The entries of a word in characters are all of that word: its characters follow them.
        QueryKind.Parsed parsed = QueryKind.parse(q);
        if (parsed.kind() == QueryKind.CHINESE)
            CharacterLines.of(cli.reader().characters(parsed.text())).forEach(cli.out()::println);
        cli.out().flush();
        return Failures.OK;
    }
}
