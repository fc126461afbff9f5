package io.github.zhreader.segment;

/**
 * The part-of-speech tags a {@link Segmenter} gives, by family: the PKU tag set with HanLP's extensions, where a
 * tag's first letters name its family ({@code n} a noun, {@code nr} a personal name, {@code nrf} a transliterated
 * one, {@code v} a verb, {@code vn} a verb used as a noun ...). The one place that knows the families: every rule
 * of zhreader that looks at a tag's family asks here; a rule that wants one exact tag ({@code a}, not {@code ad})
 * compares it as written.
 */
public final class Tags {

    private Tags() {}

    /** {@code a}: an adjective ({@code a}, {@code ad}, {@code an}, {@code ag}). */
    public static boolean isAdjective(String tag) {
        return tag.startsWith("a");
    }

    /** {@code c}: a conjunction. */
    public static boolean isConjunction(String tag) {
        return tag.startsWith("c");
    }

    /** {@code d}: an adverb. */
    public static boolean isAdverb(String tag) {
        return tag.startsWith("d");
    }

    /** {@code e}: an interjection. */
    public static boolean isInterjection(String tag) {
        return tag.startsWith("e");
    }

    /** {@code f}: a locative (上, 里, 之间). */
    public static boolean isLocative(String tag) {
        return tag.startsWith("f");
    }

    /** {@code h}: a prefix. */
    public static boolean isPrefix(String tag) {
        return tag.startsWith("h");
    }

    /** {@code j}: an abbreviation (政协). */
    public static boolean isAbbreviation(String tag) {
        return tag.equals("j");
    }

    /** {@code m}: a numeral ({@code m}, {@code mq}). */
    public static boolean isNumeral(String tag) {
        return tag.startsWith("m");
    }

    /** {@code n}: a noun of any kind, names included ({@code n}, {@code nr}, {@code ns}, {@code nt}, {@code nz} ...). */
    public static boolean isNoun(String tag) {
        return tag.startsWith("n");
    }

    /** {@code nr}: a personal name, Chinese or foreign ({@code nr}, {@code nr1}, {@code nr2}, {@code nrf}, {@code nrj}). */
    public static boolean isPersonName(String tag) {
        return tag.startsWith("nr");
    }

    /** {@code nrf}: a transliterated personal name (拉姆斯菲尔德). */
    public static boolean isTransliteratedName(String tag) {
        return tag.startsWith("nrf");
    }

    /** {@code nrj}: a Japanese personal name. */
    public static boolean isJapaneseName(String tag) {
        return tag.startsWith("nrj");
    }

    /** {@code ns}: a place name ({@code ns}, {@code nsf}). */
    public static boolean isPlaceName(String tag) {
        return tag.startsWith("ns");
    }

    /** {@code nsf}: a transliterated place name. */
    public static boolean isTransliteratedPlace(String tag) {
        return tag.startsWith("nsf");
    }

    /** {@code nt}: the name of an organisation. */
    public static boolean isOrganisation(String tag) {
        return tag.startsWith("nt");
    }

    /** {@code nz}: another proper noun. */
    public static boolean isOtherProperNoun(String tag) {
        return tag.startsWith("nz");
    }

    /** Any proper name: a person's, a place's or an organisation's ({@code nr}, {@code ns}, {@code nt}). */
    public static boolean isName(String tag) {
        return isPersonName(tag) || isPlaceName(tag) || isOrganisation(tag);
    }

    /** {@code p}: a preposition. */
    public static boolean isPreposition(String tag) {
        return tag.startsWith("p");
    }

    /** {@code q}: a classifier (measure word). */
    public static boolean isClassifier(String tag) {
        return tag.startsWith("q");
    }

    /** {@code r}: a pronoun. */
    public static boolean isPronoun(String tag) {
        return tag.startsWith("r");
    }

    /** {@code s}: a place word (家里, 当地). */
    public static boolean isPlaceWord(String tag) {
        return tag.startsWith("s");
    }

    /** {@code t}: a time word (今天, 1998年). */
    public static boolean isTime(String tag) {
        return tag.startsWith("t");
    }

    /** {@code u}: a structural or aspect particle (的, 了, 着). */
    public static boolean isParticle(String tag) {
        return tag.startsWith("u");
    }

    /** {@code v}: a verb of any kind ({@code v}, {@code vd}, {@code vn}, {@code vi} ...). */
    public static boolean isVerb(String tag) {
        return tag.startsWith("v");
    }

    /** {@code vn}: a verb used as a noun. */
    public static boolean isVerbalNoun(String tag) {
        return tag.equals("vn");
    }

    /** {@code w}: punctuation. */
    public static boolean isPunctuation(String tag) {
        return tag.startsWith("w");
    }

    /** {@code z}: a state word (干干净净, 雪白). */
    public static boolean isStateWord(String tag) {
        return tag.startsWith("z");
    }
}
