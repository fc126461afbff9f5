package io.github.zhreader.cli;

import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.vocab.Exports;
import io.github.zhreader.vocab.LevelProfile;
import io.github.zhreader.vocab.Vocabulary;
import io.github.zhreader.vocab.VocabularyEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zhreader vocab FILE}: a text's words, with counts, frequency ranks, pinyin and glosses; exports. */
@Command(
        name = "vocab",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = {
            "List a text's distinct words (names and numbers left out) with how often the text uses "
                    + "them, how common they are (rank 1 is the most frequent word), pinyin and gloss, and a summary "
                    + "of how much of the text you already know (see `zhreader known`).",
            "--export anki writes a file Anki imports as it is (front: the word; back: pinyin, gloss, the "
                    + "sentence with the word in bold, the source); --export csv writes a spreadsheet."
        },
        footer = {
            "",
            "Examples:",
            "  zhreader vocab samples/articles/scale-ai.txt --sort rarity",
            "  zhreader vocab article.txt --unknown --export anki --output article-cards.txt"
        })
final class VocabCommand implements Callable<Integer> {

    enum Export {
        anki,
        csv
    }

    private final Cli cli;

    @picocli.CommandLine.Mixin
    InputOptions file = new InputOptions();

    @Option(names = "--unknown", description = "Only the words you do not know yet.")
    boolean unknown;

    @Option(
            names = "--sort",
            defaultValue = "first",
            paramLabel = "ORDER",
            description = "first (appearance), count or rarity (default: ${DEFAULT-VALUE}).")
    Vocabulary.Order order;

    @Option(names = "--export", paramLabel = "FORMAT", description = "anki or csv, instead of the list.")
    Export export;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the export to FILE instead of standard output.")
    Path output;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N words.")
    Integer limit;

    @Option(
            names = "--level",
            paramLabel = "N",
            description =
                    "Only the words above HSK level N (1 to 6): those of levels N+1 to 6, and those the list lacks.")
    Integer level;

    VocabCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        if (limit != null && limit < 1) throw new BadInputException("--limit " + limit + " must be at least 1");
        if (level != null && (level < 1 || level > 6)) {
            throw new BadInputException("--level " + level + " must be an HSK level, 1 to 6");
        }
        InputText input = file.read(cli);
        Vocabulary vocabulary = Vocabulary.of(cli.reader().annotate(input.text()));
        List<VocabularyEntry> words = vocabulary.sorted(order).stream()
                .filter(e -> !unknown || !e.known())
                .filter(e -> level == null || e.first().hsk().orElse(7) > level)
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .toList();
        String title = input.title();
        if (export != null) {
            cli.export(output, words.size(), "words", out -> write(words, title, out));
            return Failures.OK;
        }
        for (VocabularyEntry e : words) {
            String rank = e.rank().isPresent() ? String.valueOf(e.rank().getAsInt()) : "-";
            String hsk = e.first().hsk().isPresent() ? "HSK" + e.first().hsk().getAsInt() : "-";
            cli.out()
                    .println(Interlinear.truncate(
                            String.format(
                                    "%s\t%d\t%s\t%s\t%s\t%s%s",
                                    Interlinear.clean(e.word()),
                                    e.count(),
                                    rank,
                                    hsk,
                                    Syllables.toMarks(e.syllables()),
                                    e.known() ? "(known) " : "",
                                    String.join("; ", e.gloss().senses())),
                            160));
        }
        cli.out()
                .printf(
                        "%d words, %d distinct; you know %d of them (%.1f%% of the running words)%n",
                        vocabulary.runningWords(),
                        vocabulary.distinct(),
                        vocabulary.distinctKnown(),
                        100 * vocabulary.knownShare());
        cli.out()
                .println(LevelProfile.of(vocabulary, cli.reader()::hskLevelByParts)
                        .describe());
        cli.out().flush();
        return Failures.OK;
    }

    private void write(List<VocabularyEntry> words, String title, Appendable out) {
        switch (export) {
            case anki -> Exports.anki(words, "zhreader::" + title, title, out);
            case csv -> Exports.csv(words, out);
        }
    }
}
