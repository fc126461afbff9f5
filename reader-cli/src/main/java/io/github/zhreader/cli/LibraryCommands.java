package io.github.zhreader.cli;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.Span;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.index.LibraryBatch;
import io.github.zhreader.index.LibraryDocument;
import io.github.zhreader.index.LibraryHealth;
import io.github.zhreader.index.SentenceHit;
import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.solr.SolrLibrary;
import io.github.zhreader.vocab.LevelProfile;
import io.github.zhreader.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhreader add}, {@code search} and {@code library}: the sentence library in the data folder. */
final class LibraryCommands {

    private LibraryCommands() {}

    static Path folder(Cli cli) {
        return cli.dataHome().resolve("library");
    }

    /** {@code zhreader add FILE...}. */
    @Command(
            name = "add",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = {
                "Add texts to your library, so that `zhreader search` finds their sentences. Re-adding an "
                        + "id replaces the document; the same text under two ids is allowed and reported.",
                "The files are committed to the library together when all are added, and once a minute while "
                        + "they are: if zhreader is stopped before (Ctrl-C), the library is as it was at the last commit, "
                        + "never half-written. If a file cannot be read, the ones before it are added and the rest are "
                        + "not."
            },
            footer = {
                "",
                "Examples:",
                "  zhreader add samples/articles/scale-ai.txt",
                "  zhreader add - --id notes --title 'My notes' < notes.txt",
                "  zhreader add --threads 2 novels/*.txt"
            })
    static final class Add implements Callable<Integer> {
        private final Cli cli;

        @Parameters(
                arity = "1..*",
                paramLabel = "FILE|-",
                description =
                        "Text files (UTF-8, UTF-16, GB18030 or Big5) or saved web pages, or - for standard input.")
        List<String> sources;

        @Option(
                names = "--id",
                paramLabel = "ID",
                description = "The document's id (one file only; default: the file name without its extension).")
        String id;

        @Option(
                names = "--title",
                paramLabel = "TITLE",
                description =
                        "The document's title (one file only; default: the page's title, the text's headline or the"
                                + " file name).")
        String title;

        @picocli.CommandLine.Mixin
        DecodingOptions decoding = new DecodingOptions();

        @Option(
                names = "--threads",
                defaultValue = "1",
                paramLabel = "N",
                description = "Annotate and index on N threads: faster on a machine with several cores; the "
                        + "library is the same (default: ${DEFAULT-VALUE}).")
        int threads;

        Add(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            if (sources.size() > 1 && (id != null || title != null)) {
                throw new BadInputException("--id and --title name one document; give one file");
            }
            cli.threads(threads);
            line = new ProgressLine(cli);
            // One batch: the files are annotated and indexed on the threads, go into the library in the order
            // given, and are committed together at the end (and once a minute while it runs).
            try (SentenceLibrary library = SentenceLibrary.open(folder(cli), cli.reader());
                    LibraryBatch batch = library.batch(threads, (docId, added) -> report(added, docId))) {
                for (String source : sources) {
                    InputText input = InputText.read(source, cli.in(), decoding, cli.err());
                    String docId = id != null ? id : defaultId(source);
                    String docTitle = title != null ? title : input.title();
                    batch.add(new SentenceLibrary.Source(docId, docTitle, input.text(), progress(docId)));
                }
            }
            return Failures.OK;
        }

        /** The progress bar on standard error, cleared whenever a document added is printed on standard output. */
        private ProgressLine line;

        private void report(SentenceLibrary.Added added, String docId) {
            line.above(() -> {
                cli.out()
                        .println("added " + docId + ": " + added.sentences() + " sentences"
                                + added.duplicateOf()
                                        .map(other -> " (the same text as " + other + ")")
                                        .orElse(""));
                cli.out().flush();
            });
        }

        /**
         * A progress bar on standard error for long texts when it is a terminal: "adding ID [#####     ] 45%",
         * redrawn in place and cleared at the end.
         */
        private SentenceLibrary.Progress progress(String docId) {
            if (!line.shown()) return (done, total) -> {};
            long started = System.nanoTime();
            return (done, total) -> {
                if (System.nanoTime() - started < 1_000_000_000L && done < total) return;
                if (done >= total) line.clear();
                else line.show("adding " + Interlinear.clean(docId) + " " + ProgressLine.bar(done, total));
            };
        }

        private static String defaultId(String source) {
            if (source.equals("-")) return "stdin";
            String name = String.valueOf(Path.of(source).getFileName());
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
    }

    /** {@code zhreader search QUERY}. */
    @Command(
            name = "search",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = {
                "Find every sentence of your library with a word: typed in Chinese (any part of a word is "
                        + "found; whole words rank first), in pinyin with or without tones and spaces, or in English "
                        + "(words, or a \"quoted phrase\", matched against the glosses). Force the kind with zh:, py: "
                        + "or en:.",
                "With --solr and --collection, the library pushed to that SolrCloud collection is searched"
                        + " instead (`zhreader library push`): the same hits, in the same order."
            },
            footer = {
                "",
                "Examples:",
                "  zhreader search 羊毛",
                "  zhreader search hao yang mao",
                "  zhreader search '\"gold rush\"' --json",
                "  zhreader search --solr http://localhost:8983/solr --collection sentences 羊毛"
            })
    static final class Search implements Callable<Integer> {
        private final Cli cli;

        @Parameters(arity = "1..*", paramLabel = "QUERY")
        List<String> query;

        @Option(
                names = "--limit",
                defaultValue = "20",
                paramLabel = "N",
                description = "Show at most N sentences (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @picocli.CommandLine.Mixin
        SolrCommands.Remote remote = new SolrCommands.Remote();

        Search(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws IOException {
            if (limit < 1) throw new BadInputException("--limit " + limit + " must be at least 1");
            String q = String.join(" ", query).strip();
            if (q.isEmpty()) throw new BadInputException("empty query");
            SentenceLibrary.Results results;
            if (remote.given()) {
                try (SolrLibrary solr = SolrLibrary.connect(remote.target(), cli.reader())) {
                    results = solr.search(q, limit, 0, null);
                }
            } else {
                try (SentenceLibrary library = SentenceLibrary.open(folder(cli), cli.reader())) {
                    results = library.search(q, limit, 0, null);
                }
            }
            if (json) {
                cli.printJson(g -> {
                    g.writeStartObject();
                    g.writeStringField("query", q);
                    g.writeStringField("mode", results.mode().id());
                    g.writeNumberField("total", results.total());
                    g.writeArrayFieldStart("hits");
                    for (SentenceHit h : results.hits()) {
                        g.writeStartObject();
                        g.writeStringField("document", h.document());
                        g.writeStringField("title", h.title());
                        // Numbered from 1, as the text output and read --at number sentences.
                        g.writeNumberField("sentence", h.sentence() + 1);
                        g.writeNumberField("start", h.start());
                        g.writeNumberField("end", h.end());
                        g.writeStringField("text", h.text());
                        g.writeStringField("highlighted", h.highlighted());
                        g.writeNumberField("score", h.score());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                });
                return Failures.OK;
            }
            boolean color = cli.color();
            for (SentenceHit h : results.hits()) {
                cli.out().println(h.document() + " #" + (h.sentence() + 1) + "  " + marked(h, color));
            }
            cli.out()
                    .println(results.total() + " sentence" + (results.total() == 1 ? "" : "s") + " ("
                            + results.mode().id()
                            + (results.total() > results.hits().size()
                                    ? ", showing " + results.hits().size()
                                    : "") + ")");
            cli.out().flush();
            return results.total() == 0 ? Failures.FAILURE : Failures.OK;
        }

        /**
         * The hit's sentence, made safe for a terminal, with its matches in bold yellow on a terminal and between
         * [[ ]] otherwise.
         */
        private static String marked(SentenceHit hit, boolean color) {
            AttributedStringBuilder sb = new AttributedStringBuilder();
            AttributedStyle match = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
            String text = hit.text();
            int at = 0;
            for (Span s : hit.highlights()) {
                sb.append(Interlinear.clean(text.substring(at, s.start())), AttributedStyle.DEFAULT);
                String matched = Interlinear.clean(text.substring(s.start(), s.end()));
                if (color) sb.append(matched, match);
                else sb.append(SentenceHit.OPEN + matched + SentenceHit.CLOSE, AttributedStyle.DEFAULT);
                at = s.end();
            }
            sb.append(Interlinear.clean(text.substring(at)), AttributedStyle.DEFAULT);
            return color ? sb.toAttributedString().toAnsi() : sb.toString();
        }
    }

    /** {@code zhreader library list|remove|check}. */
    @Command(
            name = "library",
            addMethodSubcommands = false,
            mixinStandardHelpOptions = true,
            description = "Your library: list its documents, remove one, check that it is healthy, export it, or push"
                    + " it to SolrCloud.",
            subcommands = {
                Library.ListDocuments.class,
                Library.Remove.class,
                Library.Check.class,
                Library.Export.class,
                SolrCommands.Push.class,
                SolrCommands.SolrConfig.class
            },
            footer = {
                "",
                "Examples:",
                "  zhreader library list",
                "  zhreader library remove scale-ai",
                "  zhreader library check",
                "  zhreader library export --ndjson > sentences.ndjson",
                "  zhreader library solr-config zhreader-configset",
                "  zhreader library push --solr http://localhost:8983/solr --collection sentences"
            })
    static final class Library {

        /** {@code library export --ndjson}. */
        @Command(
                name = "export",
                addMethodSubcommands = false,
                mixinStandardHelpOptions = true,
                description = "Write every sentence as newline-delimited JSON for the bulk API of OpenSearch or "
                        + "Elasticsearch (an action line and a source line each).",
                footer = {"", "Example:", "  zhreader library export --ndjson --index sentences > bulk.ndjson"})
        static final class Export implements Callable<Integer> {
            private final Cli cli;

            @Option(names = "--ndjson", description = "Newline-delimited JSON: the only format, and the default.")
            boolean ndjson;

            @Option(
                    names = "--index",
                    defaultValue = "zhreader-sentences",
                    paramLabel = "NAME",
                    description = "The target index name (default: ${DEFAULT-VALUE}).")
            String index;

            Export(Cli cli) {
                this.cli = cli;
            }

            @Override
            public Integer call() {
                try (SentenceLibrary library = SentenceLibrary.open(folder(cli), cli.reader())) {
                    int n = library.exportNdjson(index, cli.out());
                    cli.out().flush();
                    cli.err().println("exported " + n + " sentences");
                }
                return Failures.OK;
            }
        }

        /** {@code library list}. */
        @Command(
                name = "list",
                addMethodSubcommands = false,
                mixinStandardHelpOptions = true,
                description = {
                    "List the documents: id, sentences, the share of the running words you know (see `zhreader "
                            + "known`), the HSK level that covers 95%% of them, and the title; so you can choose what to "
                            + "read next.",
                    "The level is that of the HSK 2.0 list: 'HSK 4' means HSK 1 to 4 cover 95%% of the running words; "
                            + "'HSK 6+ (78%%)' that even HSK 1 to 6 cover less, 78%%, as they do for most texts written"
                            + " for native readers. Words the list lacks count at the level of the listed words they are"
                            + " made of (这个: 这 and 个). --json gives the share at each level."
                },
                footer = {"", "Examples:", "  zhreader library list --sort known", "  zhreader library list --json"})
        static final class ListDocuments implements Callable<Integer> {
            /** The orders of the list. */
            enum Order {
                /** By id. */
                id,
                /** Most known first: the easiest for you at the top. */
                known,
                /** Lowest level first, then most known. */
                level,
                /** The most recently added first. */
                added
            }

            private final Cli cli;

            @Option(
                    names = "--sort",
                    defaultValue = "id",
                    paramLabel = "ORDER",
                    description = "id, known (most known first), level (easiest first: lowest level, then most covered"
                            + " by HSK 1-6) or added (newest first);"
                            + " default: ${DEFAULT-VALUE}.")
            Order order;

            @Option(names = "--json", description = "Print one JSON document.")
            boolean json;

            ListDocuments(Cli cli) {
                this.cli = cli;
            }

            /** A document with the learner's figures, when the library kept its vocabulary. */
            private record Listed(LibraryDocument document, Optional<Double> known, Optional<LevelProfile> levels) {
                /** The 95% level, 1 to 6, or 7 beyond HSK 6, or 8 when unknown (sorted last). */
                int level() {
                    return levels.map(p -> p.levelFor(0.95).orElse(LevelProfile.TOP + 1))
                            .orElse(LevelProfile.TOP + 2);
                }

                double knownOrMinus() {
                    return known.orElse(-1.0);
                }

                /** The share of running words HSK 1 to 6 cover, 0 when unknown. */
                double covered() {
                    return levels.map(p -> 1 - p.share(LevelProfile.TOP + 1)).orElse(0.0);
                }
            }

            @Override
            public Integer call() throws IOException {
                ChineseReader reader = cli.reader();
                Set<String> knownWords = cli.knownSimplified();
                List<Listed> listed = new ArrayList<>();
                try (SentenceLibrary library = SentenceLibrary.open(folder(cli), reader)) {
                    for (LibraryDocument d : library.documents()) {
                        Optional<Map<String, Integer>> vocabulary = library.vocabulary(d.id());
                        listed.add(new Listed(
                                d,
                                vocabulary.map(v -> Vocabulary.knownShare(v, knownWords::contains)),
                                vocabulary.map(v -> LevelProfile.of(v, reader::hskLevelByParts))));
                    }
                }
                Comparator<Listed> byId = Comparator.comparing(l -> l.document().id());
                listed.sort(
                        switch (order) {
                            case id -> byId;
                            case known ->
                                Comparator.comparingDouble(Listed::knownOrMinus)
                                        .reversed()
                                        .thenComparing(byId);
                            case level ->
                                Comparator.comparingInt(Listed::level)
                                        .thenComparing(Comparator.comparingDouble(Listed::covered)
                                                .reversed())
                                        .thenComparing(Comparator.comparingDouble(Listed::knownOrMinus)
                                                .reversed())
                                        .thenComparing(byId);
                            case added ->
                                Comparator.comparing((Listed l) ->
                                                l.document().added().orElse(Instant.EPOCH))
                                        .reversed()
                                        .thenComparing(byId);
                        });
                if (json) {
                    json(listed);
                    return Failures.OK;
                }
                for (Listed l : listed) {
                    LibraryDocument d = l.document();
                    String known = l.known()
                            .map(k -> String.format(Locale.ROOT, "%.1f%% known", 100 * k))
                            .orElse("-");
                    String level = l.levels().isEmpty()
                            ? "-"
                            : l.level() <= LevelProfile.TOP
                                    ? "HSK " + l.level()
                                    : String.format(Locale.ROOT, "HSK 6+ (%.0f%%)", 100 * l.covered());
                    cli.out()
                            .println(d.id() + "\t" + d.sentences()
                                    + (d.sentences() == 1 ? " sentence\t" : " sentences\t") + known + "\t" + level
                                    + "\t" + Interlinear.clean(d.title()));
                }
                cli.out().println(listed.size() + " document" + (listed.size() == 1 ? "" : "s") + " in " + folder(cli));
                if (listed.stream().anyMatch(l -> l.levels().isEmpty())) {
                    cli.out()
                            .println("(- : added before the library kept words; add the document again to see"
                                    + " them)");
                }
                cli.out().flush();
                return Failures.OK;
            }

            private void json(List<Listed> listed) throws IOException {
                cli.printJson(g -> {
                    g.writeStartObject();
                    g.writeArrayFieldStart("documents");
                    for (Listed l : listed) {
                        LibraryDocument d = l.document();
                        g.writeStartObject();
                        g.writeStringField("id", d.id());
                        g.writeStringField("title", d.title());
                        g.writeNumberField("sentences", d.sentences());
                        if (d.added().isPresent())
                            g.writeStringField("added", d.added().get().toString());
                        if (l.known().isPresent())
                            g.writeNumberField("known", round(l.known().get()));
                        if (l.levels().isPresent()) {
                            LevelProfile p = l.levels().get();
                            if (p.levelFor(0.95).isPresent())
                                g.writeNumberField("hsk", p.levelFor(0.95).getAsInt());
                            g.writeObjectFieldStart("levels");
                            for (int level = 1; level <= LevelProfile.TOP; level++) {
                                g.writeNumberField(String.valueOf(level), round(p.share(level)));
                            }
                            g.writeNumberField("beyond", round(p.share(LevelProfile.TOP + 1)));
                            g.writeEndObject();
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                });
            }

            /** A share to four decimal places, as JSON shows it. */
            private static double round(double share) {
                return Math.round(share * 10_000) / 10_000.0;
            }
        }

        /** {@code library remove ID}. */
        @Command(
                name = "remove",
                addMethodSubcommands = false,
                mixinStandardHelpOptions = true,
                description = "Remove a document.",
                footer = {"", "Example:", "  zhreader library remove scale-ai"})
        static final class Remove implements Callable<Integer> {
            private final Cli cli;

            @Parameters(paramLabel = "ID")
            String id;

            Remove(Cli cli) {
                this.cli = cli;
            }

            @Override
            public Integer call() {
                try (SentenceLibrary library = SentenceLibrary.open(folder(cli), cli.reader())) {
                    if (!library.remove(id)) throw new ZhReaderException("no document " + id + " in the library");
                }
                cli.out().println("removed " + id);
                return Failures.OK;
            }
        }

        /** {@code library check}. */
        @Command(
                name = "check",
                addMethodSubcommands = false,
                mixinStandardHelpOptions = true,
                description = "Check the library's index.",
                footer = {"", "Example:", "  zhreader library check"})
        static final class Check implements Callable<Integer> {
            private final Cli cli;

            Check(Cli cli) {
                this.cli = cli;
            }

            @Override
            public Integer call() {
                LibraryHealth health = SentenceLibrary.check(folder(cli));
                cli.out().println(health.verdict());
                return health.ok() ? Failures.OK : Failures.FAILURE;
            }
        }
    }
}
