package io.github.zhreader.cli;

import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.Script;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code zhreader} command: reads Chinese text in the terminal.
 *
 * <p>Every command of this program says {@code addMethodSubcommands = false}: none has subcommands written as
 * methods, and picocli would otherwise read the annotations of every method of each command class as the program
 * starts.
 */
@Command(
        name = "zhreader",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Read Chinese text with pinyin and English glosses.",
        footer = {
            "",
            "Examples:",
            "  zhreader read samples/articles/scale-ai.txt",
            "  zhreader annotate samples/articles/scale-ai.txt",
            "  echo '银行行长被招安了。' | zhreader annotate - --format json",
            "  zhreader lookup 招安"
        })
public final class ZhReader {

    private final Cli cli;

    ZhReader(Cli cli) {
        this.cli = cli;
    }

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Show the full cause of a failure (stack trace).")
    void verbose(boolean verbose) {
        cli.verbose(verbose);
    }

    @Option(
            names = "--glossary",
            scope = ScopeType.INHERIT,
            paramLabel = "FILE",
            description = "Add a glossary of your own (repeatable); its explanations come before the curated "
                    + "glossary's and the dictionary's.")
    void glossary(java.util.List<java.nio.file.Path> files) {
        cli.glossaries(files);
    }

    @Option(
            names = "--library",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "The folder for your data (reading positions, library): default $ZHREADER_HOME, else "
                    + "$XDG_DATA_HOME/zhreader, else ~/.local/share/zhreader.")
    void library(java.nio.file.Path dir) {
        cli.library(dir);
    }

    @Option(
            names = "--no-color",
            scope = ScopeType.INHERIT,
            description = "Never colour the output; NO_COLOR in the environment does the same.")
    void noColor(boolean noColor) {
        cli.noColor(noColor);
    }

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        Preloading.start(args);
        System.exit(run(
                args, System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
    }

    /**
     * Runs the command with the given streams and returns its exit code: 0 ok, 1 a failure while working,
     * 2 bad usage or bad input. Output is UTF-8 whatever the platform's default.
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintStream stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        try {
            return commandLine(new Cli(in, stdout, stderr), args).execute(args);
        } catch (RuntimeException | Error e) {
            // Failures inside commands are handled by Failures; this catches picocli's own set-up failures.
            if (java.util.Arrays.asList(args).contains("--verbose")) e.printStackTrace(stderr);
            stderr.println("zhreader: internal error: " + e);
            return Failures.FAILURE;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /** A converter from a strict parser whose message names the bad value and the accepted ones. */
    private static <T> CommandLine.ITypeConverter<T> strict(java.util.function.Function<String, T> parser) {
        return value -> {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        };
    }

    /**
     * The subcommands, by name, in the order the help lists them. The names are written out rather than read from
     * each class's {@code @Command}: reading the annotations of every command class was part of each start-up
     * (a test checks that they agree).
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(
            "read",
            ReadCommand.class,
            "annotate",
            AnnotateCommand.class,
            "lookup",
            LookupCommand.class,
            "add",
            LibraryCommands.Add.class,
            "search",
            LibraryCommands.Search.class,
            "library",
            LibraryCommands.Library.class,
            "vocab",
            VocabCommand.class,
            "mine",
            MineCommand.class,
            "known",
            KnownCommand.class,
            "dict",
            DictCommand.class,
            "completion",
            CompletionCommand.class,
            "help",
            CommandLine.HelpCommand.class);

    private static Map<String, Class<?>> subcommands(Object... namesAndCommands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCommands.length; i += 2) {
            byName.put((String) namesAndCommands[i], (Class<?>) namesAndCommands[i + 1]);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** The picocli command line for {@code zhreader} with every subcommand, wired to the streams in {@code cli}. */
    static CommandLine commandLine(Cli cli) {
        return commandLine(cli, SUBCOMMANDS.keySet());
    }

    /**
     * The picocli command line for running {@code args}: with only the subcommands the arguments name, since
     * picocli reads every registered command's annotations by reflection when it starts (a good part of the
     * command's start-up); with all of them when the arguments name none (usage and its errors list them all) or
     * ask for {@code help}.
     */
    static CommandLine commandLine(Cli cli, String[] args) {
        Set<String> named = new HashSet<>(Arrays.asList(args));
        named.retainAll(SUBCOMMANDS.keySet());
        return commandLine(cli, named.isEmpty() || named.contains("help") ? SUBCOMMANDS.keySet() : named);
    }

    private static CommandLine commandLine(Cli cli, Set<String> subcommands) {
        CommandLine cmd = new CommandLine(new ZhReader(cli), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == Cli.class) return type.cast(cli);
                try {
                    return type.getDeclaredConstructor(Cli.class).newInstance(cli);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        });
        // Subcommands first: the settings below reach the subcommands present when they are made.
        SUBCOMMANDS.forEach((name, command) -> {
            if (subcommands.contains(name)) cmd.addSubcommand(command);
        });
        cmd.setOut(new java.io.PrintWriter(cli.out(), true));
        cmd.setErr(new java.io.PrintWriter(cli.err(), true));
        cmd.setAdjustLineBreaksForWideCJKCharacters(true);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(ToneStyle.class, strict(ToneStyle::parse));
        cmd.registerConverter(Script.class, strict(Script::parse));
        cmd.registerConverter(
                io.github.zhreader.pinyin.ToneSandhi.class, strict(io.github.zhreader.pinyin.ToneSandhi::parse));
        cmd.registerConverter(
                io.github.zhreader.pinyin.notation.PinyinSpacing.class,
                strict(io.github.zhreader.pinyin.notation.PinyinSpacing::parse));
        cmd.registerConverter(
                io.github.zhreader.vocab.Vocabulary.Order.class,
                strict(io.github.zhreader.vocab.Vocabulary.Order::parse));
        cmd.setExecutionExceptionHandler(new Failures(cli));
        cmd.setParameterExceptionHandler(new Failures(cli));
        return cmd;
    }
}
