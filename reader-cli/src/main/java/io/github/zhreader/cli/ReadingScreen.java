package io.github.zhreader.cli;

import io.github.zhreader.cli.ReadingKeys.Op;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.Display;

/**
 * The full-screen reader on a terminal: a {@link ReadingState} drawn on the alternate screen and driven by single
 * keys ({@link ReadingKeys}). The terminal is restored on every way out ({@code q}, Ctrl-C, a kill, or a crash)
 * by the {@link TerminalSession}, and the place is saved.
 */
final class ReadingScreen {

    private final Terminal terminal;
    private final ReadingState state;
    private final Positions positions;
    private Display display;
    private Size shown;
    private boolean closed;

    ReadingScreen(Terminal terminal, ReadingState state, Positions positions) {
        this.terminal = terminal;
        this.state = state;
        this.positions = positions;
    }

    /** Runs until the reader quits; the terminal is restored and the place saved whatever happens. */
    void run() {
        try (TerminalSession session = TerminalSession.open(terminal, this::close)) {
            display = new Display(terminal, true);
            terminal.handle(Terminal.Signal.WINCH, signal -> redraw());
            terminal.handle(Terminal.Signal.INT, signal -> {
                session.close();
                System.exit(130);
            });
            redraw();
            BindingReader reader = new BindingReader(terminal.reader());
            KeyMap<Op> keys = ReadingKeys.keyMap(terminal);
            while (true) {
                Op op = reader.readBinding(keys);
                if (op == null || op == Op.QUIT && !state.overlaid()) break;
                if (op == Op.SEARCH && !state.overlaid()) search(reader, "/", state::search);
                else if (op == Op.LIBRARY && !state.overlaid())
                    search(reader, "find in your texts: ", state::searchLibrary);
                else act(op);
                redraw();
            }
        }
    }

    private synchronized void act(Op op) {
        state.act(op);
    }

    /** Before the terminal is given back: no more drawing, and the place is saved. */
    private synchronized void close() {
        closed = true;
        positions.save(state.key(), state.sentence());
    }

    /**
     * Reads a query on the bottom line after {@code label} and gives it to {@code search} (Enter alone gives it
     * blank); Escape or Ctrl-C leave it unsearched.
     */
    private void search(BindingReader reader, String label, java.util.function.Consumer<String> search) {
        StringBuilder query = new StringBuilder();
        while (true) {
            prompt(label + query);
            int c = reader.readCharacter();
            if (c == '\r' || c == '\n') break;
            if (c == 27 || c == 3 || c < 0) {
                prompt("");
                return;
            }
            if (c == 127 || c == 8) {
                if (!query.isEmpty())
                    query.setLength(query.length() - Character.charCount(query.codePointBefore(query.length())));
            } else if (c >= ' ') {
                query.appendCodePoint(c);
            }
        }
        synchronized (this) {
            search.accept(query.toString());
        }
    }

    private synchronized void prompt(String text) {
        state.prompt(text);
        redraw();
    }

    private synchronized void redraw() {
        if (closed) return;
        Size size = terminal.getSize();
        int rows = Math.max(size.getRows(), 3);
        int columns = Math.max(size.getColumns(), 20);
        if (!size.equals(shown)) {
            // After a resize the terminal has rewrapped what it showed: start from a clean screen.
            terminal.puts(org.jline.utils.InfoCmp.Capability.clear_screen);
            display.clear();
            shown = new Size(size.getColumns(), size.getRows());
        }
        display.resize(rows, columns);
        display.update(state.screen(rows, columns), size.cursorPos(rows - 1, 0));
        terminal.flush();
    }
}
