package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man pages made from the picocli model: one per command, in roff, with the options the program has. */
class ManPageIT {

    @TempDir
    Path dir;

    @Test
    void aPageForTheCommandAndEachSubcommand() throws IOException {
        List<String> names = ManPages.write(dir).stream()
                .map(p -> p.getFileName().toString())
                .toList();
        assertTrue(names.contains("zhreader.1"), names.toString());
        for (String sub : ZhReader.SUBCOMMANDS.keySet()) {
            assertTrue(names.contains("zhreader-" + sub + ".1"), sub + " in " + names);
        }
        String main = Files.readString(dir.resolve("zhreader.1"), StandardCharsets.UTF_8);
        assertEquals(
                ".TH \"ZHREADER\" \"1\"",
                main.lines()
                        .filter(l -> l.startsWith(".TH"))
                        .findFirst()
                        .orElse("")
                        .substring(0, ".TH \"ZHREADER\" \"1\"".length()));
        assertTrue(main.contains("Read Chinese text with pinyin and English glosses."), main);
        String annotate = Files.readString(dir.resolve("zhreader-annotate.1"), StandardCharsets.UTF_8);
        assertTrue(annotate.contains("\\-\\-format"), annotate);
    }

    @Test
    void manShowsThePage() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
        ManPages.write(dir);
        ProcessBuilder man = new ProcessBuilder(
                "man", "-l", "-P", "cat", dir.resolve("zhreader.1").toString());
        man.environment().put("MANWIDTH", "80");
        man.redirectErrorStream(true);
        Process p = man.start();
        String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), shown);
        assertTrue(shown.contains("zhreader - Read Chinese text with pinyin and English glosses."), shown);
    }
}
