package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar of reader-core: a module named {@code io.github.zhreader} for programs on the module path, the
 * compiled data inside, and none of the code the build runs ({@code src/build/java}).
 */
class BuildCodeIT {

    private static final Path JAR = Path.of(System.getProperty("zhreader.jar", "target/reader-core.jar"));
    private static final Path SOURCES_JAR =
            Path.of(System.getProperty("zhreader.sourcesJar", "target/reader-core-sources.jar"));

    @Test
    void theJarIsAModuleNamedIoGithubZhreader() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals(
                    "io.github.zhreader", jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
        ModuleReference module = ModuleFinder.of(JAR).findAll().iterator().next();
        ModuleDescriptor descriptor = module.descriptor();
        assertEquals("io.github.zhreader", descriptor.name());
        assertTrue(descriptor.isAutomatic());
        assertEquals(
                Set.of(
                        "io.github.zhreader",
                        "io.github.zhreader.annotate",
                        "io.github.zhreader.index",
                        "io.github.zhreader.lexicon",
                        "io.github.zhreader.pinyin",
                        "io.github.zhreader.pinyin.notation",
                        "io.github.zhreader.render",
                        "io.github.zhreader.segment",
                        "io.github.zhreader.text",
                        "io.github.zhreader.vocab"),
                descriptor.packages());
    }

    @Test
    void theTestsJarHoldsOnlyTheAnnotationInvariantsAndTheBenchmarkQueries() throws IOException {
        Path tests = Path.of(System.getProperty("zhreader.testsJar", "target/reader-core-tests.jar"));
        try (JarFile jar = new JarFile(tests.toFile())) {
            assertEquals(
                    List.of(
                            "io/github/zhreader/testing/AnnotationInvariants.class",
                            "io/github/zhreader/testing/BenchmarkQueries.class"),
                    jar.stream()
                            .map(e -> e.getName())
                            .filter(name -> name.endsWith(".class"))
                            .sorted()
                            .toList());
        }
    }

    @Test
    void theJarHoldsTheCompiledData() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertNotNull(jar.getEntry("io/github/zhreader/lexicon/cedict.bin"));
            assertNotNull(jar.getEntry("io/github/zhreader/pinyin/readings.bin"));
            assertNotNull(jar.getEntry("io/github/zhreader/lexicon/hsk.txt"));
            assertNotNull(jar.getEntry("io/github/zhreader/lexicon/characters.txt"));
        }
    }

    @Test
    void noBuildCodeIsInTheJars() throws IOException {
        List<String> buildClasses = BuildSources.paths();
        assertEquals(
                List.of(
                        "io/github/zhreader/lexicon/BuildStep",
                        "io/github/zhreader/lexicon/CharacterTableBuild",
                        "io/github/zhreader/lexicon/DictionaryBuild",
                        "io/github/zhreader/lexicon/HskListBuild",
                        "io/github/zhreader/lexicon/NpmPackage",
                        "io/github/zhreader/lexicon/Tarball",
                        "io/github/zhreader/pinyin/ReadingsTableBuild"),
                buildClasses);
        for (Path file : List.of(JAR, SOURCES_JAR)) {
            try (JarFile jar = new JarFile(file.toFile())) {
                List<String> found = jar.stream()
                        .map(e -> e.getName())
                        .filter(name -> buildClasses.stream()
                                .anyMatch(c -> name.equals(c + ".class")
                                        || name.startsWith(c + "$")
                                        || name.equals(c + ".java")))
                        .toList();
                assertEquals(List.of(), found, file.toString());
                // The runtime classes beside them are there: the exclusion is by name, not by package.
                assertNotNull(
                        jar.getEntry("io/github/zhreader/lexicon/CedictCompiler" + (file == JAR ? ".class" : ".java")),
                        file.toString());
            }
        }
    }
}
