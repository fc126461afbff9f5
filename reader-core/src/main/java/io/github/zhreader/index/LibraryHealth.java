package io.github.zhreader.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link SentenceLibrary#check(Path)} found in a library folder.
 *
 * @param state     the verdict
 * @param folder    the folder checked
 * @param documents the documents of a healthy library, else 0
 * @param sentences the sentences of a healthy library, else 0
 * @param problem   what is wrong, for a damaged library; empty otherwise
 */
public record LibraryHealth(State state, Path folder, int documents, int sentences, String problem) {

    /** The verdicts of a check. */
    public enum State {
        /** Every index segment reads cleanly. */
        HEALTHY,
        /** There is no library in the folder (nothing has been added yet). */
        ABSENT,
        /** Another process is writing the library; it cannot be checked now. */
        BUSY,
        /** Some of the index cannot be read, or the folder holds something else. */
        DAMAGED
    }

    public LibraryHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(problem, "problem");
    }

    /** Whether nothing is wrong: the library is healthy, or there is none yet. */
    public boolean ok() {
        return state == State.HEALTHY || state == State.ABSENT;
    }

    /** The verdict as one line: "healthy: 1 document, 40 sentences", "no library at …", "damaged: …". */
    public String verdict() {
        return switch (state) {
            case HEALTHY -> "healthy: " + counted(documents, "document") + ", " + counted(sentences, "sentence");
            case ABSENT -> "no library at " + folder;
            case BUSY -> "the library is being written by another zhreader process; check it when that is done";
            case DAMAGED -> "damaged" + (problem.isEmpty() ? "" : ": " + problem);
        };
    }

    private static String counted(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
