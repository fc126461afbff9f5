package io.github.zhreader.cli;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.index.SentenceWords;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.vocab.Exports;
import io.github.zhreader.vocab.SentenceMining;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhreader mine WORD}: sentences of the library to learn a word from. */
@Command(
        name = "mine",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = {
            "Find the sentences of your library to learn a word from: those that use it and at most N other "
                    + "words you do not know yet (see `zhreader known`; N is 0 by default, the i+1 sentences), "
                    + "fewest unknown words first, then the shortest, then those with the most common words.",
            "--export anki writes cloze cards Anki imports as they are: the sentence with the word blanked out "
                    + "(its gloss as the hint); on the back the sentence's pinyin, the word's pinyin and gloss as the "
                    + "sentence reads it, and where the sentence is."
        },
        footer = {
            "",
            "Examples:",
            "  zhreader mine 发展",
            "  zhreader mine 经济 --unknown 1 --limit 5",
            "  zhreader mine 发展 --export anki --output fazhan-cards.txt"
        })
final class MineCommand implements Callable<Integer> {

    enum Export {
        anki
    }

    private final Cli cli;

    @Parameters(paramLabel = "WORD", description = "The word, in simplified or traditional characters.")
    String word;

    @Option(
            names = "--unknown",
            defaultValue = "0",
            paramLabel = "N",
            description = "Allow N other unknown words in a sentence (default: ${DEFAULT-VALUE}).")
    int unknown;

    @Option(
            names = "--limit",
            defaultValue = "20",
            paramLabel = "K",
            description = "Show at most K sentences (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--export", paramLabel = "FORMAT", description = "anki: cloze cards, instead of the list.")
    Export export;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the export to FILE instead of standard output.")
    Path output;

    MineCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 1) throw new BadInputException("--limit " + limit + " must be at least 1");
        if (unknown < 0) throw new BadInputException("--unknown " + unknown + " must be 0 or more");
        if (json && export != null) throw new BadInputException("--json and --export: choose one");
        if (output != null && export == null) throw new BadInputException("--output is for --export");
        String asked = word.strip();
        if (asked.isEmpty()
                || asked.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            throw new BadInputException("mine takes a Chinese word, not '" + Interlinear.clean(asked) + "'");
        }
        ChineseReader reader = cli.reader();
        String simplified = reader.toSimplified(asked);
        Set<String> known = cli.knownSimplified();
        SentenceLibrary.SentencesWith with;
        try (SentenceLibrary library = SentenceLibrary.open(LibraryCommands.folder(cli), reader)) {
            with = library.sentencesWith(simplified);
        }
        List<SentenceMining.Mined> mined =
                SentenceMining.mine(with.sentences(), simplified, known::contains, unknown, reader::frequencyRank);
        List<SentenceMining.Mined> shown = mined.subList(0, Math.min(limit, mined.size()));
        if (with.withoutVocabulary() > 0) {
            cli.err()
                    .println("note: " + with.withoutVocabulary() + " sentences with " + Interlinear.clean(asked)
                            + " are in documents added before the library kept their words; add those documents"
                            + " again to mine them");
        }
        if (export != null) return export(reader, shown, simplified);
        if (json) {
            json(with, mined, shown);
            return mined.isEmpty() ? Failures.FAILURE : Failures.OK;
        }
        for (SentenceMining.Mined m : shown) {
            SentenceWords s = m.sentence();
            cli.out()
                    .println(Interlinear.clean(s.document()) + " #" + (s.sentence() + 1) + "  "
                            + Interlinear.clean(s.text().strip())
                            + (m.unknown().isEmpty()
                                    ? ""
                                    : "  (new: " + Interlinear.clean(String.join(" ", m.unknown())) + ")"));
        }
        cli.out()
                .println(mined.size() + " of the " + with.sentences().size() + " sentences with "
                        + Interlinear.clean(asked) + " have at most " + unknown + " other unknown word"
                        + (unknown == 1 ? "" : "s")
                        + (mined.size() > shown.size() ? " (showing " + shown.size() + ")" : ""));
        cli.out().flush();
        return mined.isEmpty() ? Failures.FAILURE : Failures.OK;
    }

    private int export(ChineseReader reader, List<SentenceMining.Mined> shown, String simplified) throws IOException {
        List<SentenceMining.Card> cards = new ArrayList<>(shown.size());
        for (SentenceMining.Mined m : shown)
            SentenceMining.card(reader, m, simplified).ifPresent(cards::add);
        cli.export(output, cards.size(), "cards", out -> Exports.ankiCloze(cards, "zhreader::mine", simplified, out));
        return cards.isEmpty() ? Failures.FAILURE : Failures.OK;
    }

    private void json(
            SentenceLibrary.SentencesWith with, List<SentenceMining.Mined> mined, List<SentenceMining.Mined> shown)
            throws IOException {
        cli.printJson(g -> {
            g.writeStartObject();
            g.writeStringField("word", word.strip());
            g.writeNumberField("unknown", unknown);
            g.writeNumberField("sentences", with.sentences().size());
            g.writeNumberField("found", mined.size());
            g.writeArrayFieldStart("hits");
            for (SentenceMining.Mined m : shown) {
                SentenceWords s = m.sentence();
                g.writeStartObject();
                g.writeStringField("document", s.document());
                g.writeStringField("title", s.title());
                // Numbered from 1, as search and read --at number sentences.
                g.writeNumberField("sentence", s.sentence() + 1);
                g.writeStringField("text", s.text());
                g.writeArrayFieldStart("new");
                for (String w : m.unknown()) g.writeString(w);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
