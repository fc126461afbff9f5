package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README stays a front page, and the links between the project's documents lead somewhere. */
class DocumentationTest {

    private static final Path TOP = Path.of("..");

    /** A Markdown link or image to a file of the project: {@code [text](path)} or {@code [text](path#anchor)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)\\s]*)?\\)");

    @Test
    void theReadmeIsAFrontPageOfAtMost15Kb() throws IOException {
        long size = Files.size(TOP.resolve("README.md"));
        assertTrue(size <= 15_000, "README.md has " + size + " bytes; move details to docs/");
    }

    @Test
    void everyLinkToAFileOfTheProjectLeadsToOne() throws IOException {
        List<Path> pages = new ArrayList<>(
                List.of(TOP.resolve("README.md"), TOP.resolve("CONTRIBUTING.md"), TOP.resolve("CHANGELOG.md")));
        try (Stream<Path> docs = Files.list(TOP.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) continue;
                if (!Files.exists(page.getParent().resolve(target))) broken.add(page.getFileName() + ": " + target);
            }
        }
        assertEquals(List.of(), broken);
    }
}
