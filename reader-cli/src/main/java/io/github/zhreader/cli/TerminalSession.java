package io.github.zhreader.cli;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * A terminal taken over for a full-screen program: raw mode, the alternate screen, the keypad's keys, no cursor.
 * {@link #close} gives it back as it was, once, whether the program ends, throws or is killed (a shutdown hook
 * closes it too); {@code beforeRestore} runs first, to save what must survive.
 */
final class TerminalSession implements AutoCloseable {

    private final Terminal terminal;
    private final Attributes saved;
    private final Runnable beforeRestore;
    private final Thread onKill;
    private boolean closed;

    private TerminalSession(Terminal terminal, Runnable beforeRestore) {
        this.terminal = terminal;
        this.beforeRestore = beforeRestore;
        this.saved = terminal.enterRawMode();
        this.onKill = new Thread(this::restore);
        Runtime.getRuntime().addShutdownHook(onKill);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
    }

    /** Takes {@code terminal} over; {@code beforeRestore} runs when it is given back. */
    static TerminalSession open(Terminal terminal, Runnable beforeRestore) {
        return new TerminalSession(terminal, beforeRestore);
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(onKill);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, and finds the terminal restored
        }
    }

    /** Gives the terminal back as it was: main screen, cursor, keypad, line mode. */
    private synchronized void restore() {
        if (closed) return;
        closed = true;
        try {
            beforeRestore.run();
        } finally {
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.exit_ca_mode);
            terminal.setAttributes(saved);
            terminal.flush();
        }
    }
}
