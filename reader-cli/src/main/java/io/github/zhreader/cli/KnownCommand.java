package io.github.zhreader.cli;

import io.github.zhreader.vocab.KnownWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zhreader known add|remove|list|import}: the words you already know. */
@Command(
        name = "known",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = {
            "The words you already know, kept one per line in known.txt in your data folder (edit it by "
                    + "hand if you like). Known words are marked in annotations, left out of `vocab --unknown`, and "
                    + "counted in the share of a text you know."
        },
        subcommands = {
            KnownCommand.Add.class,
            KnownCommand.Remove.class,
            KnownCommand.ListWords.class,
            KnownCommand.Import.class
        },
        footer = {
            "",
            "Examples:",
            "  zhreader known add 银行 招安",
            "  zhreader known import pleco-export.txt",
            "  zhreader known list"
        })
final class KnownCommand {

    /** {@code known add WORD...}. */
    @Command(
            name = "add",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = "Add words you know.",
            footer = {"", "Example:", "  zhreader known add 银行 招安"})
    static final class Add implements Callable<Integer> {
        private final Cli cli;

        @Parameters(arity = "1..*", paramLabel = "WORD")
        List<String> words;

        Add(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            KnownWords store = cli.knownWords();
            int added = store.add(words);
            store.save();
            cli.out()
                    .println("added " + added + " word" + (added == 1 ? "" : "s") + "; "
                            + store.list().size() + " known");
            return Failures.OK;
        }
    }

    /** {@code known remove WORD...}. */
    @Command(
            name = "remove",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = "Remove words from your known words.",
            footer = {"", "Example:", "  zhreader known remove 招安"})
    static final class Remove implements Callable<Integer> {
        private final Cli cli;

        @Parameters(arity = "1..*", paramLabel = "WORD")
        List<String> words;

        Remove(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            KnownWords store = cli.knownWords();
            int removed = store.remove(words);
            store.save();
            cli.out()
                    .println("removed " + removed + " word" + (removed == 1 ? "" : "s") + "; "
                            + store.list().size() + " known");
            return Failures.OK;
        }
    }

    /** {@code known list}. */
    @Command(
            name = "list",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = "List your known words, one per line.",
            footer = {"", "Example:", "  zhreader known list | wc -l"})
    static final class ListWords implements Callable<Integer> {
        private final Cli cli;

        ListWords(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            cli.knownWords().list().forEach(cli.out()::println);
            cli.out().flush();
            return Failures.OK;
        }
    }

    /** {@code known import FILE}. */
    @Command(
            name = "import",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = "Import a word list, or a Pleco or Anki plain-text export (the first column is taken as the "
                    + "word); lines without a Chinese word are skipped and counted.",
            footer = {"", "Example:", "  zhreader known import anki-deck.txt"})
    static final class Import implements Callable<Integer> {
        private final Cli cli;

        @Parameters(paramLabel = "FILE")
        Path file;

        Import(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) throw new BadInputException(file + ": no such file");
            KnownWords.Import found;
            try {
                found = KnownWords.readImport(file);
            } catch (io.github.zhreader.ZhReaderException e) {
                throw new BadInputException(e.getMessage());
            }
            KnownWords store = cli.knownWords();
            int added = store.add(found.words());
            store.save();
            cli.out()
                    .println("imported " + found.words().size() + " words (" + added + " new), skipped "
                            + found.skipped() + " line" + (found.skipped() == 1 ? "" : "s") + "; "
                            + store.list().size() + " known");
            return Failures.OK;
        }
    }
}
