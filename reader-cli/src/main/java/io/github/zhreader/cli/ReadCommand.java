package io.github.zhreader.cli;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.render.RenderOptions;
import io.github.zhreader.render.Script;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zhreader read FILE}: the full-screen reader, or interlinear text when the output is not a terminal. */
@Command(
        name = "read",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = {
            "Read a Chinese text in the terminal: one sentence at a time, pinyin over the characters, "
                    + "glosses beneath, idioms and slang explained. Press ? for the keys; q quits and the place is "
                    + "saved for next time.",
            "When the output is not a terminal (a pipe, a file) or the text comes from standard input, the whole "
                    + "text is printed as interlinear lines instead."
        },
        footer = {
            "",
            "Examples:",
            "  zhreader read samples/articles/scale-ai.txt",
            "  zhreader read article.txt --tone-colors red,orange,green,blue,grey",
            "  zhreader read article.txt --sandhi --pinyin-spacing syllables",
            "  zhreader read article.txt | less -R"
        })
final class ReadCommand implements Callable<Integer> {

    private final Cli cli;

    @picocli.CommandLine.Mixin
    InputOptions file = new InputOptions();

    @Option(
            names = "--tone-colors",
            paramLabel = "COLOURS",
            defaultValue = ToneColors.DEFAULT,
            description = "Five colours for tones 1-4 and the neutral tone (default: ${DEFAULT-VALUE}); names: "
                    + "red, green, blue, magenta, cyan, yellow, orange, grey, white, black, default.")
    String toneColors;

    @Option(
            names = "--script",
            defaultValue = "as-written",
            paramLabel = "SCRIPT",
            description = "Characters to show: simplified, traditional, both or as-written (default).")
    Script script;

    @Option(
            names = "--keep-clutter",
            description = "Also read the web clutter after an article (site notices, "
                    + "cut-off teasers), which is otherwise left out.")
    boolean keepClutter;

    @picocli.CommandLine.Mixin
    PinyinOptions pinyin = new PinyinOptions();

    @Option(names = "--at", paramLabel = "N", description = "Open at sentence N (as `search` numbers them).")
    Integer at;

    @Option(
            names = "--width",
            defaultValue = "80",
            paramLabel = "COLUMNS",
            description = "Line width when printing to a pipe or file (default: ${DEFAULT-VALUE}).")
    int width;

    ReadCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        ToneColors colors;
        try {
            colors = ToneColors.parse(toneColors);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--tone-colors: " + e.getMessage());
        }
        if (width < 20) throw new BadInputException("--width " + width + " is too narrow (at least 20)");
        InputText input = file.read(cli);
        String term = System.getenv("TERM");
        boolean interactive = System.console() != null && !file.source.equals("-") && !"dumb".equals(term);
        if (!interactive) {
            Streamed.interlinear(
                    cli.reader(),
                    input.text(),
                    new Interlinear(RenderOptions.DEFAULT
                            .withWidth(width)
                            .withPinyin(pinyin.format(ToneStyle.MARKS))
                            .withScript(script)
                            .withClutterKept(keepClutter)),
                    cli.out());
            return Failures.OK;
        }
        AnnotatedText doc = cli.reader().annotate(input.text());
        try (Terminal terminal =
                TerminalBuilder.builder().system(true).name("zhreader").build()) {
            String title = input.title();
            Positions positions = new Positions(cli.dataHome());
            ReadingState state = new ReadingState(
                            doc,
                            title,
                            positions,
                            cli.knownWords(),
                            cli.color(),
                            colors,
                            script,
                            keepClutter,
                            pinyin.format(ToneStyle.MARKS),
                            cli.reader()::toSimplified)
                    .words(ReadingState.Words.of(cli::reader, cli::rebuiltReader, cli.savedWords()))
                    .library(LibraryHits.Library.in(LibraryCommands.folder(cli), cli::reader))
                    .startAt(at);
            new ReadingScreen(terminal, state, positions).run();
        }
        return Failures.OK;
    }
}
