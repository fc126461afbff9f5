package io.github.zhreader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The texts the JMH benchmarks read: {@code sample}, the sample article, and {@code large}, the SIGHAN 2005 PKU
 * test text (about 170,000 characters of news) from {@code ../shared/data} beside the checkout when it is there,
 * the sample otherwise. Paths are found from the top of the project, looked for upwards from the working folder.
 */
public final class BenchmarkTexts {

    private static final Path SAMPLE = Path.of("samples", "articles", "scale-ai.txt");
    private static final Path PKU = Path.of("..", "shared", "data", "sighan2005", "pku_test.utf8");

    private BenchmarkTexts() {}

    /** The text called {@code name}: {@code sample} or {@code large}. */
    public static String named(String name) {
        return switch (name) {
            case "sample" -> read(top().resolve(SAMPLE));
            case "large" -> large();
            default -> throw new IllegalArgumentException("no benchmark text " + name + " (sample, large)");
        };
    }

    private static String large() {
        Path pku = top().resolve(PKU);
        if (Files.isRegularFile(pku)) return read(pku);
        System.err.println("benchmark: " + pku.normalize() + " is not there; the large text is the sample");
        return read(top().resolve(SAMPLE));
    }

    /** The top of the project: the working folder or the nearest folder above it with the sample article. */
    private static Path top() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(SAMPLE))) return p;
        }
        throw new IllegalStateException("run the benchmarks inside the project: no " + SAMPLE + " above "
                + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
