package io.github.zhreader;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a learner sees of one Chinese character in a word's full entry ({@link ChineseReader#characters(String)}):
 * the parts it is written with, its dictionary radical and how common it is.
 *
 * <pre>{@code
 * CharacterInfo ma = reader.characters("妈妈").get(0);
 * ma.components();     // [女 woman, 马 horse]
 * ma.radical();        // 女 woman
 * ma.frequencyRank();  // 1180: the 1180th most frequent character
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param character     the character, one code point
 * @param components    the parts it is written with, first level only (妈: 女, 马; 林: 木, 木), each a character or
 *                      a stroke; empty for a character that is itself a radical or is not made of parts (心, 人)
 * @param radical       its dictionary radical, one of the 214 Kangxi radicals as Unicode's radical-stroke index
 *                      gives it, written in the form the character shows (说: 讠, 问: 门, 問: 口); empty when unknown
 * @param frequencyRank its rank among the characters by the summed frequency of the words of HanLP's core
 *                      dictionary that contain it (的 is 1, 是 8), from 1 to about 6,700; a traditional character
 *                      has the rank of its simplified form; empty for a character no word of the dictionary has
 */
public record CharacterInfo(
        String character, List<Component> components, Optional<Component> radical, OptionalInt frequencyRank) {

    /** Validates the fields and copies the components. */
    public CharacterInfo {
        Objects.requireNonNull(character, "character");
        Objects.requireNonNull(radical, "radical");
        Objects.requireNonNull(frequencyRank, "frequencyRank");
        components = List.copyOf(components);
        if (character.isEmpty() || character.codePointCount(0, character.length()) != 1)
            throw new IllegalArgumentException("not one character: \"" + character + "\"");
        if (frequencyRank.isPresent() && frequencyRank.getAsInt() < 1)
            throw new IllegalArgumentException("rank " + frequencyRank.getAsInt() + " < 1");
    }

    /**
     * A part of a character, or its radical.
     *
     * @param text    the part, one code point: a character ({@code 女}), a radical form ({@code 讠}) or a stroke
     * @param meaning its English meaning when it is a radical or a form of one ({@code "woman"}, {@code "speech"});
     *                empty otherwise
     */
    public record Component(String text, Optional<String> meaning) {

        /** Validates the fields. */
        public Component {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(meaning, "meaning");
            if (text.isEmpty() || text.codePointCount(0, text.length()) != 1)
                throw new IllegalArgumentException("not one character: \"" + text + "\"");
        }

        /** The part with its meaning where it has one: {@code "女 woman"}, {@code "兑"}. */
        @Override
        public String toString() {
            return meaning.map(m -> text + " " + m).orElse(text);
        }
    }
}
