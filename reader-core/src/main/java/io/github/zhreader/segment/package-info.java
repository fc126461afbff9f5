/**
 * Segmentation, the one stage that can be swapped: the {@link io.github.zhreader.segment.Segmenter} SPI and its
 * {@link io.github.zhreader.segment.Word}s, HanLP's implementation
 * ({@link io.github.zhreader.segment.HanLpSegmenter}), and the part-of-speech tag families every rule asks about
 * ({@link io.github.zhreader.segment.Tags}). Nothing here depends on the rest of zhreader.
 */
package io.github.zhreader.segment;
