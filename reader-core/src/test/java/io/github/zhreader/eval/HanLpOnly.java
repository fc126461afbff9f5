package io.github.zhreader.eval;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline for whole-process timings: a program that only reads a file and calls {@code HanLP.segment} on it,
 * printing the number of words. Compare it with {@code zhreader annotate --format json} on the same file:
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * /usr/bin/time -v java -cp "$(cat reader-core/target/cp.txt):reader-core/target/test-classes" \
 *     io.github.zhreader.eval.HanLpOnly samples/articles/scale-ai.txt
 * </pre>
 */
public final class HanLpOnly {

    private HanLpOnly() {}

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        System.out.println(HanLP.segment(text).size() + " words");
    }
}
