package io.github.zhreader.render;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Gloss;
import io.github.zhreader.Paragraph;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.pinyin.Syllables;

import java.util.List;
import java.util.Objects;

/**
 * Renders an annotated text as one standalone HTML page: every Chinese word in a {@code <ruby>} element with its
 * pinyin above it and its first glosses in the {@code title} attribute (shown on hover). The page loads nothing
 * from elsewhere. Everything that comes from the input is escaped: a {@code <script>} in an article is shown as
 * text, never run.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif;
                   max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 2.6; color: #222; }
            h1 { font-size: 1.3em; line-height: 1.4; }
            p { margin: 0 0 1.2em; }
            ruby { ruby-position: over; margin: 0 0.08em; }
            rt { font-size: 0.55em; color: #666; }
            ruby[title] { cursor: help; }
            ruby.fallback rt { color: #a66; }
            """;

    private final String title;
    private final Script script;

    /** @param title the page title, usually the file name */
    public HtmlRenderer(String title) {
        this(title, Script.AS_WRITTEN);
    }

    /**
     * @param title  the page title, usually the file name
     * @param script which characters to show
     */
    public HtmlRenderer(String title, Script script) {
        this.title = Objects.requireNonNull(title, "title");
        this.script = Objects.requireNonNull(script, "script");
    }

    /** The whole page. */
    public String render(AnnotatedText text) {
        StringBuilder sb = new StringBuilder(text.text().length() * 12 + 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        for (Paragraph p : text.paragraphs()) {
            sb.append("<p>");
            for (Sentence s : text.sentencesOf(p)) {
                sb.append("<span class=\"sentence\" data-index=\"").append(s.index()).append("\">");
                int at = s.start();
                for (Token t : s.tokens()) {
                    if (t.start() > at) sb.append(escape(Interlinear.clean(text.text().substring(at, t.start()))));
                    token(t, sb);
                    at = t.end();
                }
                sb.append("</span>");
            }
            sb.append("</p>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private void token(Token t, StringBuilder sb) {
        String text = escape(script.show(t, Interlinear.clean(t.text())));
        if (t.syllables().isEmpty()) {
            sb.append(text);
            return;
        }
        Gloss first = t.glosses().isEmpty() ? null : t.glosses().get(0);
        sb.append("<ruby");
        if (first != null) {
            if (!first.source().wordLevel()) sb.append(" class=\"fallback\"");
            List<String> senses = first.senses().subList(0, Math.min(3, first.senses().size()));
            sb.append(" title=\"").append(escape(String.join("; ", senses))).append('"');
        }
        sb.append('>').append(text).append("<rt>").append(escape(Syllables.toMarks(t.syllables())))
                .append("</rt></ruby>");
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
