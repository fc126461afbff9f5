package io.github.zhreader.index;

import java.util.Objects;

/**
 * A document as a {@link SentenceLibrary} stores it, read back whole.
 *
 * @param id    its id
 * @param title its title
 * @param text  its text, as it was added
 */
public record StoredDocument(String id, String title, String text) {

    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
