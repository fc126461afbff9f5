package io.github.zhreader;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One source of the data behind a reader ({@link ChineseReader#dataSources()}): its name, with the version the
 * build recorded where it has one ({@code HanLP portable-1.8.6}, {@code pinyin4j 2.5.1}), and its facts by key,
 * sorted ({@code date}, {@code entries}, {@code license}, {@code use}, {@code credit} ...).
 *
 * @param name  the source's name, with its version
 * @param facts what is known of it, by key in alphabetical order; never {@code name}
 */
public record DataSource(String name, Map<String, String> facts) {

    /** Checks the arguments and keeps the facts sorted by key. */
    public DataSource {
        Objects.requireNonNull(name, "name");
        if (facts.containsKey("name")) throw new IllegalArgumentException("the name is not a fact");
        facts = Collections.unmodifiableMap(new TreeMap<>(facts));
    }

    /** The fact under {@code key}, if the source has it. */
    public Optional<String> fact(String key) {
        return Optional.ofNullable(facts.get(key));
    }
}
