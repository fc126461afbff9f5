package io.github.zhreader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One default reader shared by the tests of a JVM (it is immutable and thread-safe), and the sample article. */
public final class Readers {

    private Readers() {}

    private static final class Holder {
        static final ChineseReader DEFAULT = ChineseReader.create();
    }

    public static ChineseReader shared() {
        return Holder.DEFAULT;
    }

    /** The sample article from {@code samples/articles}, read from the repository. */
    public static String sampleArticle() {
        Path path = Path.of("..", "samples", "articles", "scale-ai.txt");
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("sample article not found at " + path.toAbsolutePath(), e);
        }
    }
}
