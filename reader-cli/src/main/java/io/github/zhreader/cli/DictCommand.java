package io.github.zhreader.cli;

import io.github.zhreader.DataSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code zhreader dict info}: the data behind zhreader, with versions, sizes and licences. */
@Command(
        name = "dict",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = "Information about zhreader's dictionaries and data.",
        subcommands = {DictCommand.Info.class},
        footer = {"", "Example:", "  zhreader dict info"})
final class DictCommand {

    /** {@code zhreader dict info}. */
    @Command(
            name = "info",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = "Show the data sources, their versions, entry counts and licences.",
            footer = {"", "Example:", "  zhreader dict info"})
    static final class Info implements Callable<Integer> {

        private final Cli cli;

        Info(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            for (DataSource source : cli.reader().dataSources()) {
                cli.out().println(source.name());
                source.facts().forEach((key, value) -> cli.out().printf("  %-10s %s%n", key, value));
            }
            cli.out().println();
            cli.out()
                    .println(
                            "CC-CEDICT is licensed under the Creative Commons Attribution-ShareAlike 4.0 International");
            cli.out()
                    .println(
                            "License (https://creativecommons.org/licenses/by-sa/4.0/). Thanks to MDBG and the CC-CEDICT");
            cli.out().println("editors. zhreader compiles it unchanged except for its binary layout.");
            cli.out().flush();
            return Failures.OK;
        }
    }
}
