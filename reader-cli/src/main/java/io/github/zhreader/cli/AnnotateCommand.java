package io.github.zhreader.cli;

import io.github.zhreader.PinyinChoice;
import io.github.zhreader.SenseChoice;
import io.github.zhreader.WordChoice;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.HtmlRenderer;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.render.JsonRenderer;
import io.github.zhreader.render.RenderOptions;
import io.github.zhreader.render.Script;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zhreader annotate FILE|-}: the text with pinyin and glosses, as text, JSON or HTML. */
@Command(
        name = "annotate",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = {
            "Print a Chinese text with pinyin over every word and English glosses.",
            "Formats: text (interlinear lines, then the glosses of each sentence), json (one document: "
                    + "sentences, tokens with offsets, pinyin and glosses), html (a standalone page with "
                    + "<ruby> pinyin and glosses on hover)."
        },
        footer = {
            "",
            "Examples:",
            "  zhreader annotate samples/articles/scale-ai.txt",
            "  zhreader annotate article.txt --format html > article.html",
            "  echo '他还了钱。' | zhreader annotate - --format json --tones numbers",
            "  echo '你好，一个人不是。' | zhreader annotate - --sandhi --pinyin-spacing syllables",
            "  zhreader annotate taiwan-news.txt --script simplified",
            "  zhreader annotate novel.txt --format json --threads 2 > novel.json",
            "  echo '银行行长' | zhreader annotate - --explain-pinyin"
        })
final class AnnotateCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        html
    }

    private final Cli cli;

    @picocli.CommandLine.Mixin
    InputOptions file = new InputOptions();

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--tones",
            defaultValue = "marks",
            paramLabel = "STYLE",
            description = "Pinyin tones in text and html output: marks (hǎo), numbers (hao3) or none (hao) "
                    + "(default: ${DEFAULT-VALUE}).")
    ToneStyle tones;

    @picocli.CommandLine.Mixin
    PinyinOptions pinyin = new PinyinOptions();

    @Option(
            names = "--script",
            defaultValue = "as-written",
            paramLabel = "SCRIPT",
            description = "Characters to show in text and html output: simplified, traditional, both (银行(銀行)) "
                    + "or as-written (default).")
    Script script;

    @Option(
            names = "--width",
            defaultValue = "80",
            paramLabel = "COLUMNS",
            description = "Line width of text output, in columns (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(
            names = "--keep-clutter",
            description = "Also show the web clutter after an article (site notices, "
                    + "cut-off teasers of other stories), which text and html output fold away; json always marks it.")
    boolean keepClutter;

    @Option(names = "--pretty", description = "Indent JSON output.")
    boolean pretty;

    @Option(
            names = "--explain-pinyin",
            description = "Instead of annotating, list every Han character with its "
                    + "syllable, the rule that chose it and its word (the debug view of the pinyin), tab-separated.")
    boolean explainPinyin;

    @Option(
            names = {"--explain-words", "--explain"},
            description = "Instead of annotating, list every name the "
                    + "segmenter proposed and every dictionary word it had cut, with the decision and its evidence (the "
                    + "debug view of the words), tab-separated.")
    boolean explainWords;

    @Option(
            names = {"--explain-senses", "--explain-glosses"},
            description = "Instead of annotating, list every Han "
                    + "word with the sense shown first and what put it first: the part of speech, a line of the sense "
                    + "table, or the dictionary's order (the debug view of the glosses), tab-separated.")
    boolean explainSenses;

    @Option(
            names = "--threads",
            defaultValue = "1",
            paramLabel = "N",
            description = "Annotate on N threads: faster for long texts on a machine with several cores; the "
                    + "output is the same (default: ${DEFAULT-VALUE}).")
    int threads;

    AnnotateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (width < 20) throw new BadInputException("--width " + width + " is too narrow (at least 20)");
        cli.threads(threads);
        InputText input = file.read(cli);
        if (explainPinyin) {
            for (PinyinChoice c : cli.reader().explainPinyin(input.text())) {
                cli.out()
                        .println(c.character() + "\t" + tones.format(c.syllable()) + "\t" + c.rule() + "\t" + c.word()
                                + "/" + c.tag());
            }
            cli.out().flush();
            return Failures.OK;
        }
        if (explainWords) {
            for (WordChoice c : cli.reader().explainWords(input.text())) {
                cli.out().println(c.text() + "\t" + c.verdict() + "\t" + String.join("; ", c.reasons()));
            }
            cli.out().flush();
            return Failures.OK;
        }
        if (explainSenses) {
            for (SenseChoice c : cli.reader().explainSenses(input.text())) {
                cli.out().println(c.word() + "/" + c.tag() + "\t" + c.sense() + "\t" + c.reason());
            }
            cli.out().flush();
            return Failures.OK;
        }
        RenderOptions options =
                RenderOptions.DEFAULT.withPinyin(pinyin.format(tones)).withScript(script);
        switch (format) {
            case text ->
                Streamed.interlinear(
                        cli.reader(),
                        input.text(),
                        new Interlinear(options.withWidth(width).withClutterKept(keepClutter)),
                        cli.out());
            case json -> {
                // Long texts are annotated and written part by part, in bounded memory.
                try (JsonRenderer.Stream json = new JsonRenderer(options.withPretty(pretty)).open(cli.out())) {
                    cli.reader().annotate(input.text(), json::write);
                }
                cli.out().println();
            }
            case html ->
                cli.out()
                        .print(new HtmlRenderer(options.withTitle(title(input)))
                                .render(cli.reader().annotate(input.text())));
        }
        cli.out().flush();
        return Failures.OK;
    }

    private static String title(InputText input) {
        return input.name().equals("-") && input.title().equals("stdin") ? "zhreader" : input.title();
    }
}
