package io.github.zhreader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading positions, one per document, in {@code positions.tsv} in the data folder: the SHA-256 of the document's
 * text (so a renamed file keeps its place), a tab, and the sentence number. Written to a temporary file and moved
 * into place, so a crash never leaves half a file. A position that cannot be read or saved is not worth failing
 * the reader over: it starts at the beginning instead.
 */
final class Positions {

    private final Path file;

    Positions(Path dataHome) {
        this.file = dataHome.resolve("positions.tsv");
    }

    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The saved sentence for the document with this key, or 0. */
    int load(String key) {
        Integer at = read().get(key);
        return at == null ? 0 : at;
    }

    /** Saves the sentence for the document with this key; returns false when the folder cannot be written. */
    boolean save(String key, int sentence) {
        Map<String, Integer> all = read();
        all.remove(key);
        all.put(key, sentence);
        StringBuilder sb = new StringBuilder();
        all.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "positions", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Map<String, Integer> read() {
        Map<String, Integer> all = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) return all;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                if (fields.length != 2) continue;
                try {
                    all.put(fields[0], Integer.parseInt(fields[1].strip()));
                } catch (NumberFormatException e) {
                    // a damaged line costs only that document's place
                }
            }
        } catch (IOException e) {
            return all;
        }
        return all;
    }
}
