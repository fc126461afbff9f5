package io.github.zhreader.index;

/**
 * A document in a {@link SentenceLibrary}.
 *
 * @param id        its id
 * @param title     its title
 * @param sentences how many sentences it has
 * @param length    its length in UTF-16 units
 * @param hash      the SHA-256 of its text, in lower-case hexadecimal: equal texts have equal hashes
 */
public record LibraryDocument(String id, String title, int sentences, int length, String hash) {}
