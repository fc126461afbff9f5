package io.github.zhreader.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises web clutter at the end of a pasted article: a site's notice or disclaimer (声明：本网转发此文…,
 * 免责声明, 版权所有, 责任编辑) and teasers of other stories cut off with "..." or "…". Only a run of such
 * paragraphs at the very end counts, so nothing inside an article is ever taken for clutter.
 *
 * <p>Stateless and thread-safe.
 */
public final class Clutter {

    private static final List<String> NOTICES = List.of(
            "声明：", "声明:", "免责声明", "本网转发", "本站转载", "版权所有", "版权归", "责任编辑", "仅供读者参考", "仅供参考", "不构成投资", "转载请注明", "原标题：",
            "扫码关注", "点击关注", "本文来源");
    /** Cut off with "..." or one "…"; the literary ellipsis "……" ends real sentences. */
    private static final Pattern TEASER = Pattern.compile("(\\.{3}|(?<!…)…)\\s*$");

    private static final int TEASER_LENGTH = 120;
    private static final int NOTICE_LENGTH = 300;

    private Clutter() {}

    /** {@code true} when one paragraph, on its own, looks like clutter. */
    public static boolean looksLikeClutter(String paragraph) {
        return isTeaser(paragraph) || isNotice(paragraph);
    }

    private static boolean isTeaser(String paragraph) {
        String p = paragraph.strip();
        return !p.isEmpty() && p.length() <= TEASER_LENGTH && TEASER.matcher(p).find();
    }

    private static boolean isNotice(String paragraph) {
        String p = paragraph.strip();
        return p.length() <= NOTICE_LENGTH && NOTICES.stream().anyMatch(p::contains);
    }

    /**
     * How many paragraphs at the end are clutter: the longest run of clutter-like paragraphs that ends the text,
     * never all of them (a text that is nothing but teasers is still a text), and a lone cut-off paragraph only
     * together with others or a notice (one story may end with "...").
     */
    public static int trailing(List<String> paragraphs) {
        int n = 0;
        boolean notice = false;
        for (int i = paragraphs.size() - 1; i > 0 && looksLikeClutter(paragraphs.get(i)); i--) {
            n++;
            notice |= isNotice(paragraphs.get(i));
        }
        return n == 1 && !notice ? 0 : n;
    }
}
