package io.github.zhreader.pinyin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Merges the sources of the character readings and writes {@code readings.bin} (see {@link ReadingsTable}); run by
 * the build of reader-core, and left out of its jar.
 */
public final class ReadingsTableBuild {

    private ReadingsTableBuild() {}

    /** Writes the table to the file named by the one argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: ReadingsTableBuild OUTPUT");
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        ReadingsTable table = ReadingsTable.fromSources();
        try (OutputStream out = Files.newOutputStream(output)) {
            table.write(out);
        }
        System.out.printf(
                "character readings: %d characters, %d words, %d syllables -> %s%n",
                table.codePoints().length, table.words(), table.syllableCount(), output);
    }
}
