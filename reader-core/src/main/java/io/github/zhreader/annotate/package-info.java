/**
 * The pipeline that joins the stages: {@link io.github.zhreader.annotate.Annotator} lists them in the order they
 * run (normalise, simplified forms, sentences, segmentation, names, word repair, phrases, a word's readings and
 * senses, then the sentence's revisions of both, web clutter). Only the annotator is public, for the facade to
 * build; the stages here are package-private.
 */
package io.github.zhreader.annotate;
