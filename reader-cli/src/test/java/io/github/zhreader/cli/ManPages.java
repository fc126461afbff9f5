package io.github.zhreader.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes zhreader's man pages: picocli's generator makes an AsciiDoc page for the command and each subcommand from
 * the same model the program parses with, and Asciidoctor turns each into a roff page ({@code zhreader.1},
 * {@code zhreader-annotate.1} ...). Run by the {@code man} profile of reader-cli; ManPageIT checks the pages.
 */
final class ManPages {

    private ManPages() {}

    /** Writes the pages into {@code dir}, which is created; returns the roff pages written, sorted. */
    static List<Path> write(Path dir) throws IOException {
        Path adoc = dir.resolve("adoc");
        Files.createDirectories(adoc);
        PrintStream nowhere = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Cli cli = new Cli(new ByteArrayInputStream(new byte[0]), nowhere, nowhere);
        int failures = ManPageGenerator.generateManPage(
                adoc.toFile(),
                null,
                new boolean[0],
                true,
                ZhReader.commandLine(cli).getCommandSpec());
        if (failures != 0) throw new IOException("the man page generator failed " + failures + " times");
        List<Path> pages = new ArrayList<>();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create();
                Stream<Path> sources = Files.list(adoc)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".adoc")).sorted().toList()) {
                asciidoctor.convertFile(
                        source.toFile(),
                        Options.builder()
                                .backend("manpage")
                                .safe(SafeMode.UNSAFE)
                                .toDir(dir.toFile())
                                .mkDirs(true)
                                .build());
                String name = source.getFileName().toString().replaceFirst("\\.adoc$", ".1");
                pages.add(dir.resolve(name));
            }
        }
        for (Path page : pages) {
            if (!Files.isRegularFile(page)) throw new IOException("Asciidoctor wrote no " + page);
        }
        return pages;
    }

    /** Writes the pages into the folder named by the one argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: ManPages DIR");
        List<Path> pages = write(Path.of(args[0]));
        System.out.println("man pages: " + pages.size() + " in " + args[0]);
    }
}
