/**
 * The sentence library on SolrCloud, for libraries that outgrow one machine: {@link
 * io.github.zhreader.solr.SolrLibrary} pushes an embedded {@link io.github.zhreader.index.SentenceLibrary} to a
 * collection made from {@link io.github.zhreader.solr.SolrConfigset} and searches it with the embedded library's
 * semantics, from one {@link io.github.zhreader.index.SearchPlan}.
 */
package io.github.zhreader.solr;
