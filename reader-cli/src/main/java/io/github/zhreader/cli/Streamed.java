package io.github.zhreader.cli;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.render.Interlinear;
import java.io.PrintStream;

/** Interlinear text for texts of any length, annotated and written part by part in bounded memory. */
final class Streamed {

    private Streamed() {}

    static void interlinear(ChineseReader reader, String text, Interlinear layout, PrintStream out) {
        boolean[] wrote = {false};
        reader.annotate(text, part -> {
            if (part.text().sentences().isEmpty()) return;
            if (wrote[0]) out.append('\n');
            layout.render(part.text(), out);
            wrote[0] = true;
        });
        out.flush();
    }
}
