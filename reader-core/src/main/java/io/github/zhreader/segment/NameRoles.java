package io.github.zhreader.segment;

/**
 * How often a segmenter's person-name model saw one character in each role of a Chinese personal name, from the
 * role counts of its training corpus: as a surname, as the first or second character of a two-character given
 * name, as a one-character given name, or outside any name. Evidence for deciding whether a span the segmenter
 * proposes as a name reads as one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param surname      times seen as a surname
 * @param givenFirst   times seen as the first character of a two-character given name
 * @param givenSecond  times seen as the second character of a two-character given name
 * @param givenSingle  times seen as a one-character given name
 * @param elsewhere    times seen in any other role (ordinary text, or the words around a name)
 */
public record NameRoles(int surname, int givenFirst, int givenSecond, int givenSingle, int elsewhere) {

    /** No evidence: the model never saw the character, or the segmenter has no such model. */
    public static final NameRoles NONE = new NameRoles(0, 0, 0, 0, 0);

    /** Every sighting, in any role. */
    public int total() {
        return surname + givenFirst + givenSecond + givenSingle + elsewhere;
    }

    /** The share of sightings as a surname, 0 when never seen. */
    public double surnameShare() {
        return share(surname);
    }

    /**
     * The share of sightings in the given-name role a character at {@code position} of a given name of
     * {@code length} characters has: the single given name, or the first or second of two.
     */
    public double givenShare(int position, int length) {
        if (length == 1) return share(givenSingle);
        return share(position == 0 ? givenFirst : givenSecond);
    }

    private double share(int count) {
        int total = total();
        return total == 0 ? 0 : (double) count / total;
    }
}
