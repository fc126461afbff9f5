package io.github.zhreader.cli;

import io.github.zhreader.text.DisplayWidth;
import java.io.PrintStream;

/**
 * A line of progress on standard error when it is a terminal ("adding notes [#####               ] 25%"), redrawn
 * in place, cleared before other output is printed and at the end. Thread-safe: the pushing or adding threads draw
 * it while another prints what is done.
 */
final class ProgressLine {

    private final PrintStream err;
    private final boolean shown = System.console() != null;
    /** The width of the line on the terminal, 0 when none is shown. */
    private int width;

    ProgressLine(Cli cli) {
        this.err = cli.err();
    }

    /** Whether a line is drawn at all: only on a terminal. */
    boolean shown() {
        return shown;
    }

    /** A bar of twenty cells and the percentage: {@code [#####               ] 25%}. */
    static String bar(long done, long total) {
        int percent = (int) (100 * done / Math.max(1, total));
        return "[" + "#".repeat(percent / 5) + " ".repeat(20 - percent / 5) + "] " + percent + "%";
    }

    /** Draws {@code line} in place of the last one. */
    synchronized void show(String line) {
        if (!shown) return;
        err.print("\r" + line);
        err.flush();
        width = Math.max(width, DisplayWidth.of(line));
    }

    /** Clears the line, then runs {@code print}, which writes elsewhere on the terminal, before the line comes back. */
    synchronized void above(Runnable print) {
        clear();
        print.run();
    }

    /** Clears the line. */
    synchronized void clear() {
        if (width == 0) return;
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }
}
