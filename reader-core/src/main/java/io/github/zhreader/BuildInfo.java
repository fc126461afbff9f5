package io.github.zhreader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions this jar was built with, from {@code build.properties}, which the build writes. */
final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {}

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) throw new IllegalStateException("build.properties is missing from reader-core's jar");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The value of {@code key}: {@code zhreader.version} or {@code pinyin4j.version} */
    static String get(String key) {
        String value = PROPERTIES.getProperty(key);
        if (value == null) throw new IllegalStateException("build.properties has no " + key);
        return value;
    }
}
