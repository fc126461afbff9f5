package io.github.zhreader.index;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A document in a {@link SentenceLibrary}.
 *
 * @param id        its id
 * @param title     its title
 * @param sentences how many sentences it has
 * @param length    its length in UTF-16 units
 * @param hash      the SHA-256 of its text, in lower-case hexadecimal: equal texts have equal hashes
 * @param added     when it was added; empty for documents added before libraries kept the time
 */
public record LibraryDocument(
        String id, String title, int sentences, int length, String hash, Optional<Instant> added) {

    /** Checks that nothing is null. */
    public LibraryDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(added, "added");
    }
}
