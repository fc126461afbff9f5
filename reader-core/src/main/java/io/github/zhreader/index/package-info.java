/**
 * The sentence library: {@link io.github.zhreader.index.SentenceLibrary} on Apache Lucene.
 *
 * <h2>Schema</h2>
 * One Lucene document per sentence, and one per library document ({@code type=document}: id, title, whole text,
 * SHA-256 of the text, sentence count). A sentence has the fields below; the analysed forms are indexed but not
 * stored (libraries written before stored {@code words}, {@code pinyin}, {@code pinyin_tones}, {@code english} and
 * {@code phrases}), and {@code english} is played back from each gloss's terms, analysed once per gloss
 * ({@code GlossTerms}): the same terms at the same positions as the English analyzer on the glosses' text.
 * <table>
 *   <caption>Fields of a sentence</caption>
 *   <tr><th>field</th><th>content</th><th>analysis</th></tr>
 *   <tr><td>{@code type}</td><td>{@code sentence}</td><td>keyword</td></tr>
 *   <tr><td>{@code doc}, {@code title}</td><td>the document's id and title</td><td>keyword; stored</td></tr>
 *   <tr><td>{@code sentence}, {@code start}, {@code end}</td><td>number and offsets in the document</td><td>int point; stored</td></tr>
 *   <tr><td>{@code text}</td><td>the sentence</td><td>stored only</td></tr>
 *   <tr><td>{@code words}</td><td>the segmenter's words, space-separated</td><td>whitespace, lower case</td></tr>
 *   <tr><td>{@code bigrams}</td><td>the sentence</td><td>standard tokenizer, CJK width, CJK bigrams, lower case</td></tr>
 *   <tr><td>{@code characters}</td><td>the sentence</td><td>standard tokenizer (one Han character a token)</td></tr>
 *   <tr><td>{@code pinyin}, {@code pinyin_tones}</td><td>syllables without and with tone numbers, then
 *       {@code |} and each phrase's reading</td><td>whitespace, lower case</td></tr>
 *   <tr><td>{@code english}</td><td>the glosses of the words and phrases</td><td>English analyzer (stemming)</td></tr>
 *   <tr><td>{@code phrases}</td><td>headwords of the glossary phrases found in the sentence</td><td>whitespace</td></tr>
 * </table>
 *
 * <h2>Growing past one machine</h2>
 * reader-solr puts the library on SolrCloud with these fields and the same search: a query is parsed once into
 * a {@link io.github.zhreader.index.QueryPlan} ({@link io.github.zhreader.index.SearchPlan}), which this package
 * renders to Lucene and reader-solr to a Solr request, and the sentences are pushed as
 * {@link io.github.zhreader.index.IndexedSentence}s. Hits of equal score are ordered by document id and sentence
 * number ({@code doc_order} and {@code sentence_order}, doc values of new libraries).
 *
 * <p>For OpenSearch and Elasticsearch, the schema maps one to one onto an OpenSearch or Elasticsearch index: {@code zhreader library export}
 * writes the bulk API's action and source lines, with the analysed forms precomputed, so the cluster needs no
 * Chinese segmenter of its own; there {@code sentence} counts from 1, as the command line shows sentences (the
 * index stores it from 0). The mapping: {@code doc}, {@code title}, {@code type}: {@code keyword};
 * {@code sentence}, {@code start}, {@code end}: {@code integer}; {@code text}: {@code text} with the {@code cjk}
 * analyzer (its {@code cjk_bigram} filter is Lucene's {@code CJKBigramFilter}, our {@code bigrams}) and a
 * sub-field with the {@code standard} analyzer (our {@code characters}); {@code words}, {@code pinyin},
 * {@code pinyin_tones}, {@code phrases}: {@code text} with the {@code whitespace} tokenizer and {@code lowercase}
 * filter; {@code english}: {@code text} with the {@code english} analyzer. The queries translate directly: a
 * {@code match_phrase} on {@code text} (or a {@code term} on the sub-field for one character) with a boosted
 * {@code match_phrase} on {@code words}; {@code match_phrase} on the pinyin fields; {@code match} and
 * {@code match_phrase} on {@code english}. A deployment installs nothing beyond the stock analyzers.
 */
package io.github.zhreader.index;
