package io.github.zhreader.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Takes the article out of a saved web page with jsoup: its title, and its main text as paragraphs, one per line.
 * Scripts, styles, navigation, headers, footers, asides, forms and comments go; the article is the page's
 * {@code <article>} or {@code <main>} when it has one, else its body. The page's declared charset is honoured.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlExtractor {

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dt, dd, figcaption, td, th";

    private HtmlExtractor() {}

    /**
     * The article of a page.
     *
     * @param title the page's title, empty when it has none
     * @param text  the main text, one paragraph per line
     */
    public record Article(String title, String text) {}

    /** {@code true} when the bytes look like an HTML page (a doctype or an html tag near the start). */
    public static boolean looksLikeHtml(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) start = start.substring(3).stripLeading();
        return start.startsWith("<!doctype html")
                || start.startsWith("<html")
                || start.startsWith("<?xml") && start.contains("<html");
    }

    /**
     * Extracts the article from a page's bytes.
     *
     * @param charset the charset to use when the page declares none (null: jsoup decides, UTF-8 by default)
     */
    public static Article extract(byte[] bytes, String charset) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = doc.title().strip();
        doc.select("script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, button")
                .remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main, [role=main]");
        if (root == null) root = doc.body();
        if (root == null) return new Article(title, "");
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) continue; // its inner blocks speak
            String text = block.text().strip();
            if (!text.isEmpty()) paragraphs.add(text);
        }
        if (paragraphs.isEmpty()) {
            for (String line : root.wholeText().split("\\n")) {
                if (!line.isBlank()) paragraphs.add(line.strip());
            }
        }
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null) title = h1.text().strip();
        }
        return new Article(title, String.join("\n", paragraphs));
    }
}
