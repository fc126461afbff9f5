package io.github.zhreader.cli;

import io.github.zhreader.ZhReaderException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and one-line messages: 2 for bad usage and bad input, 1 for a
 * failure while working. Stack traces only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** Exit code for success. */
    static final int OK = 0;
    /** Exit code for a failure while working. */
    static final int FAILURE = 1;
    /** Exit code for bad usage or bad input. */
    static final int USAGE = 2;

    private final Cli cli;

    Failures(Cli cli) {
        this.cli = cli;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        if (cli.verbose()) e.printStackTrace(cli.err());
        if (e instanceof BadInputException bad) {
            cli.err().println("zhreader: " + bad.getMessage());
            return USAGE;
        }
        if (e instanceof ZhReaderException failure) {
            cli.err().println("zhreader: " + failure.getMessage());
            return FAILURE;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cli.err()
                .println("zhreader: internal error: "
                        + message.lines().findFirst().orElse("")
                        + (cli.verbose() ? "" : " (run with --verbose for details)"));
        return FAILURE;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = e.getMessage() == null
                ? "bad usage"
                : e.getMessage().lines().findFirst().orElse("");
        cli.err()
                .println("zhreader: " + message + " (see '"
                        + cmd.getCommandSpec().qualifiedName() + " --help')");
        return USAGE;
    }
}
