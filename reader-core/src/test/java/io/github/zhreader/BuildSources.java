package io.github.zhreader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The classes of {@code src/build/java}, the code the build runs, which the tests keep out of the library. */
final class BuildSources {

    private BuildSources() {}

    /** Each class as a jar path without its extension ({@code io/github/zhreader/lexicon/Tarball}), sorted. */
    static List<String> paths() {
        Path root = Path.of("src/build/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/').replaceFirst("\\.java$", ""))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
