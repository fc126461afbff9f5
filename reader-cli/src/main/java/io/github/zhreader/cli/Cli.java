package io.github.zhreader.cli;

import io.github.zhreader.ChineseReader;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * What every command shares: the standard streams and the reader, built on first use so that commands which do
 * not need it (help, version) start at once. Used by one command run at a time.
 */
final class Cli {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private ChineseReader reader;
    private boolean verbose;
    private boolean noColor;

    Cli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    boolean verbose() {
        return verbose;
    }

    void verbose(boolean verbose) {
        this.verbose = verbose;
    }

    void noColor(boolean noColor) {
        this.noColor = noColor;
    }

    /** {@code true} when output may be coloured: not turned off by option or NO_COLOR, and stdout is a terminal. */
    boolean color() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }

    ChineseReader reader() {
        if (reader == null) reader = ChineseReader.create();
        return reader;
    }
}
