package io.github.zhreader.cli;

import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.solr.PushListener;
import io.github.zhreader.solr.PushReport;
import io.github.zhreader.solr.SolrConfigset;
import io.github.zhreader.solr.SolrLibrary;
import io.github.zhreader.solr.SolrTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhreader library push} and {@code library solr-config}: the library on SolrCloud. */
final class SolrCommands {

    private SolrCommands() {}

    /** {@code --solr URL --collection NAME}: where a library on SolrCloud is. */
    static final class Remote {
        @Option(
                names = "--solr",
                paramLabel = "URL",
                description = "A Solr node's URL, e.g. http://localhost:8983/solr (https:// uses the JVM's trust store;"
                        + " credentials come from ZHREADER_SOLR_USER and ZHREADER_SOLR_PASSWORD, or from the file"
                        + " ZHREADER_SOLR_CREDENTIALS names, holding user:password).")
        String url;

        @Option(
                names = "--collection",
                paramLabel = "NAME",
                description = "The collection, made from zhreader's configset (see `zhreader library solr-config`).")
        String collection;

        /** Whether either option was given. */
        boolean given() {
            return url != null || collection != null;
        }

        SolrTarget target() {
            if (url == null || collection == null) {
                throw new BadInputException("--solr and --collection go together: give both");
            }
            try {
                return SolrTarget.of(url, collection, System.getenv());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }

    /** {@code library push --solr URL --collection NAME}. */
    @Command(
            name = "push",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = {
                "Push your library to a SolrCloud collection, so that `zhreader search --solr` (or any program with"
                        + " reader-solr) finds its sentences there as it does here: the same hits in the same order.",
                "Only documents added or changed since the last push are sent, and the ones you removed are"
                        + " removed. Searches there see whole documents, committed between them. If the push is"
                        + " stopped (Ctrl-C, a node down), run it again: it completes what was left. Your library"
                        + " is only read."
            },
            footer = {
                "",
                "Examples:",
                "  zhreader library push --solr http://localhost:8983/solr --collection sentences",
                "  ZHREADER_SOLR_CREDENTIALS=~/.solr-pass zhreader library push --solr https://solr.example/solr"
                        + " --collection sentences --threads 4"
            })
    static final class Push implements Callable<Integer> {
        private final Cli cli;

        @picocli.CommandLine.Mixin
        Remote remote = new Remote();

        @Option(
                names = "--threads",
                defaultValue = "2",
                paramLabel = "N",
                description = "Annotate and send on N threads (default: ${DEFAULT-VALUE}).")
        int threads;

        Push(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            if (!remote.given()) throw new BadInputException("say where to push: --solr URL --collection NAME");
            if (threads < 1) throw new BadInputException("--threads " + threads + " must be at least 1");
            SolrTarget target = remote.target();
            Bar bar = new Bar(cli);
            PushReport report;
            try (SentenceLibrary library = SentenceLibrary.open(LibraryCommands.folder(cli), cli.reader());
                    SolrLibrary solr = SolrLibrary.connect(target, cli.reader())) {
                report = solr.push(library, threads, bar);
            } finally {
                bar.clear();
            }
            cli.out()
                    .println("pushed " + report.pushed() + " document" + (report.pushed() == 1 ? "" : "s") + " ("
                            + report.sentences() + " sentences), removed " + report.removed() + ", unchanged "
                            + report.unchanged() + ", to " + target.collection() + " at " + target.url() + " in "
                            + String.format(
                                    java.util.Locale.ROOT,
                                    "%.1f s",
                                    report.took().toMillis() / 1000.0));
            cli.out().flush();
            return Failures.OK;
        }
    }

    /** A progress bar on standard error, when it is a terminal: "pushing [#####     ] 45% 1234/2742 sentences". */
    private static final class Bar implements PushListener {
        private final ProgressLine line;
        private final long started = System.nanoTime();

        Bar(Cli cli) {
            this.line = new ProgressLine(cli);
        }

        @Override
        public void progress(long done, long total) {
            if (System.nanoTime() - started < 1_000_000_000L) return;
            line.show("pushing " + ProgressLine.bar(done, total) + " " + done + "/" + total + " sentences");
        }

        void clear() {
            line.clear();
        }
    }

    /** {@code library solr-config DIR}. */
    @Command(
            name = "solr-config",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = "Write zhreader's Solr configset (schema " + SolrConfigset.NAME + ", solrconfig and word"
                    + " lists) into DIR, for `bin/solr zk upconfig -n zhreader -d DIR`.",
            footer = {
                "",
                "Example:",
                "  zhreader library solr-config zhreader-configset",
                "  bin/solr zk upconfig -n zhreader -d zhreader-configset -z localhost:9983"
            })
    static final class SolrConfig implements Callable<Integer> {
        private final Cli cli;

        @Parameters(paramLabel = "DIR", description = "The folder to write (created if needed).")
        Path dir;

        SolrConfig(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            List<Path> written = SolrConfigset.write(dir);
            for (Path p : written) cli.out().println("wrote " + p);
            cli.out().flush();
            return Failures.OK;
        }
    }
}
