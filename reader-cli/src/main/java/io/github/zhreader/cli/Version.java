package io.github.zhreader.cli;

import io.github.zhreader.ChineseReader;
import picocli.CommandLine.IVersionProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code zhreader --version} prints: zhreader's version, then each built-in data source with its version (the
 * dictionary's date and size, the glossary's size, the libraries' versions), one a line.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("zhreader " + ChineseReader.version());
        for (Map<String, String> source : ChineseReader.create().dataSources()) {
            StringBuilder line = new StringBuilder(source.get("name"));
            String date = source.get("date");
            if (date != null) line.append(' ').append(date, 0, Math.min(10, date.length()));
            String entries = source.get("entries");
            if (entries != null) line.append(", ").append(entries).append(" entries");
            lines.add(line.toString());
        }
        return lines.toArray(String[]::new);
    }
}
