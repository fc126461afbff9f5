package io.github.zhreader.cli;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.DataSource;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code zhreader --version} prints: zhreader's version, then each built-in data source with its version (the
 * dictionary's date and size, the glossary's size, the libraries' versions), one a line.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("zhreader " + ChineseReader.version());
        for (DataSource source : ChineseReader.create().dataSources()) {
            StringBuilder line = new StringBuilder(source.name());
            source.fact("date").ifPresent(date -> line.append(' ').append(date, 0, Math.min(10, date.length())));
            source.fact("entries")
                    .ifPresent(entries -> line.append(", ").append(entries).append(" entries"));
            lines.add(line.toString());
        }
        return lines.toArray(String[]::new);
    }
}
