package io.github.zhreader.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * Writes a library's sentences as the bulk API of OpenSearch or Elasticsearch reads them (see
 * {@link SentenceLibrary#exportNdjson}), making each sentence's analysed forms again from its document's text.
 * One export at a time; not thread-safe.
 */
final class NdjsonExport {

    private final ChineseReader reader;
    private final String library;
    private final JsonFactory factory = new JsonFactory();
    /** The document whose forms are kept: its sentences are next to each other in the index. */
    private String formsOf;

    private Map<Integer, IndexedSentence> forms = Map.of();

    /** An export that annotates with {@code reader}; {@code library} names the library in messages. */
    NdjsonExport(ChineseReader reader, String library) {
        this.reader = reader;
        this.library = library;
    }

    /** Writes every sentence the searcher sees to {@code out}; returns how many. */
    int write(IndexSearcher searcher, String index, Appendable out) throws IOException {
        TopDocs top = searcher.search(
                LibrarySchema.entries(LibrarySchema.SENTENCE_ENTRY), Integer.MAX_VALUE / 2, Sort.INDEXORDER);
        StoredFields stored = searcher.storedFields();
        int n = 0;
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            String id = d.get(LibrarySchema.DOC);
            int number = d.getField(LibrarySchema.NUMBER).numericValue().intValue();
            StringWriter line = new StringWriter();
            try (JsonGenerator g = factory.createGenerator(line)) {
                g.writeStartObject();
                g.writeObjectFieldStart("index");
                g.writeStringField("_index", index);
                g.writeStringField("_id", id + "#" + (number + 1));
                g.writeEndObject();
                g.writeEndObject();
            }
            line.write('\n');
            try (JsonGenerator g = factory.createGenerator(line)) {
                g.writeStartObject();
                g.writeStringField("doc", id);
                g.writeStringField("title", d.get(LibrarySchema.TITLE));
                g.writeNumberField("sentence", number + 1);
                g.writeNumberField(
                        "start", d.getField(LibrarySchema.START).numericValue().intValue());
                g.writeNumberField(
                        "end", d.getField(LibrarySchema.END).numericValue().intValue());
                g.writeStringField("text", d.get(LibrarySchema.TEXT));
                if (d.get(Analyzers.WORDS) != null) {
                    // Libraries written by earlier versions have the analysed forms stored.
                    for (String field : List.of(
                            Analyzers.WORDS,
                            Analyzers.PINYIN,
                            Analyzers.PINYIN_TONES,
                            Analyzers.ENGLISH,
                            Analyzers.PHRASES)) {
                        g.writeStringField(field, d.get(field));
                    }
                } else {
                    IndexedSentence made = formsOf(searcher, id).get(number);
                    if (made == null) {
                        throw new ZhReaderException("library " + library + ": sentence " + number + " of " + id
                                + " is not in its document's text; see `zhreader library check`");
                    }
                    g.writeStringField(Analyzers.WORDS, made.words());
                    g.writeStringField(Analyzers.PINYIN, made.pinyin());
                    g.writeStringField(Analyzers.PINYIN_TONES, made.tones());
                    g.writeStringField(Analyzers.ENGLISH, made.english());
                    g.writeStringField(Analyzers.PHRASES, made.phrases());
                }
                g.writeEndObject();
            }
            line.write('\n');
            out.append(line.toString());
            n++;
        }
        return n;
    }

    /** The sentences of document {@code doc} by number, made again from its text as the library made them. */
    private Map<Integer, IndexedSentence> formsOf(IndexSearcher searcher, String doc) throws IOException {
        if (doc.equals(formsOf)) return forms;
        Map<Integer, IndexedSentence> made = new HashMap<>();
        TopDocs top = searcher.search(LibrarySchema.documentRecord(doc), 1);
        if (top.scoreDocs.length > 0) {
            Document record = searcher.storedFields().document(top.scoreDocs[0].doc);
            String title = record.get(LibrarySchema.TITLE);
            for (IndexedSentence s : IndexedSentence.of(reader, doc, title, record.get(LibrarySchema.TEXT))) {
                made.put(s.sentence(), s);
            }
        }
        formsOf = doc;
        forms = made;
        return made;
    }
}
