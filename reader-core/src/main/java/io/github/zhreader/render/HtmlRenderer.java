package io.github.zhreader.render;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.GlossSource;
import io.github.zhreader.Paragraph;
import io.github.zhreader.Sentence;
import io.github.zhreader.Span;
import io.github.zhreader.Token;
import io.github.zhreader.pinyin.WordPinyin;
import io.github.zhreader.pinyin.notation.Syllables;
import java.util.List;
import java.util.Objects;

/**
 * Renders an annotated text as one standalone HTML reading page: every Chinese word in a {@code <ruby>} element
 * with its pinyin above it, characters and pinyin in tone colours, the gloss on hover ({@code title}) and on tap
 * (a small inline script shows it in a panel), idioms and slang underlined with their explanation, a pinyin
 * switch that works without script (a checkbox and CSS), print styles, and the web clutter after an article
 * folded into a {@code <details>} element. The page loads nothing from
 * elsewhere. Everything that comes from the input is escaped: a {@code <script>} in an article is shown as text,
 * never run; the gloss panel is filled with {@code textContent}, never as markup.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
                   max-width: 46em; margin: 2em auto 6em; padding: 0 1em; line-height: 2.7; color: #222; }
            h1 { font-size: 1.3em; line-height: 1.4; }
            p { margin: 0 0 1.2em; }
            ruby { ruby-position: over; ruby-align: center; margin: 0 0.12em; }
            rt { font-size: 0.55em; letter-spacing: 0.02em; }
            ruby[data-gloss] { cursor: pointer; }
            .fallback rt { font-style: italic; }
            .phrase { text-decoration: underline 2px #d08020; text-underline-offset: 0.3em; }
            .t1 { color: #d02020; } .t2 { color: #188a18; } .t3 { color: #2040d0; } .t4 { color: #9020a0; }
            .t5 { color: #777; }
            rt .sandhi { text-decoration: underline dotted; text-underline-offset: 0.2em; }
            details.clutter { color: #888; font-size: 0.9em; } details.clutter summary { cursor: pointer; }
            label.toggle { position: fixed; top: 0.5em; right: 0.8em; font: 13px sans-serif; background: #f4f4f4;
                           border: 1px solid #ccc; border-radius: 4px; padding: 0.2em 0.6em; line-height: 1.6; }
            input.toggle { position: fixed; top: 0.8em; right: 9em; }
            #pinyin-off:checked ~ main rt { visibility: hidden; }
            #gloss { position: fixed; left: 0; right: 0; bottom: 0; margin: 0; padding: 0.7em 1.2em;
                     background: #fffbea; border-top: 1px solid #d9c98a; font: 15px/1.5 sans-serif; white-space: pre-wrap; }
            @media print {
              .toggle, #gloss { display: none; }
              body { margin: 0; max-width: none; }
              .t1, .t2, .t3, .t4, .t5 { color: inherit; }
            }
            """;

    private static final String SCRIPT = """
            document.addEventListener('click', function (event) {
              var word = event.target.closest ? event.target.closest('ruby[data-gloss]') : null;
              var panel = document.getElementById('gloss');
              if (!word) { panel.hidden = true; return; }
              panel.textContent = word.getAttribute('data-gloss');
              panel.hidden = false;
            });
            """;

    private final String title;
    private final Script script;
    private final PinyinFormat pinyin;

    /** A renderer with the default options and no title. */
    public HtmlRenderer() {
        this(RenderOptions.DEFAULT);
    }

    /**
     * A renderer with {@code options}: their page title, script and pinyin format; a syllable said in another tone
     * than its citation tone is shown as said, underlined with dots, with the citation syllable as its title.
     */
    public HtmlRenderer(RenderOptions options) {
        Objects.requireNonNull(options, "options");
        this.title = options.title();
        this.script = options.script();
        this.pinyin = options.pinyin();
    }

    /** Writes the whole page to {@code out}. */
    public void render(AnnotatedText text, Appendable out) {
        try {
            out.append(render(text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole page. */
    public String render(AnnotatedText text) {
        StringBuilder sb = new StringBuilder(text.text().length() * 40 + 4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n")
                .append("<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n")
                .append("<input type=\"checkbox\" id=\"pinyin-off\" class=\"toggle\">")
                .append("<label for=\"pinyin-off\" class=\"toggle\">hide pinyin</label>\n<main>\n")
                .append("<h1>")
                .append(escape(Interlinear.clean(title)))
                .append("</h1>\n");
        boolean inClutter = false;
        for (Paragraph p : text.paragraphs()) {
            if (p.clutter() && !inClutter) {
                long count =
                        text.paragraphs().stream().filter(Paragraph::clutter).count();
                sb.append("<details class=\"clutter\"><summary>web clutter after the article (")
                        .append(count)
                        .append(count == 1 ? " paragraph" : " paragraphs")
                        .append(")</summary>\n");
                inClutter = true;
            }
            sb.append("<p>");
            for (Sentence s : text.sentencesOf(p)) {
                List<Expression> expressions = text.expressions().stream()
                        .filter(e -> e.sentence() == s.index())
                        .toList();
                sb.append("<span class=\"sentence\" data-index=\"")
                        .append(s.index())
                        .append("\">");
                int at = s.start();
                List<WordPinyin> written = pinyin.words(s.tokens());
                for (int i = 0; i < s.tokens().size(); i++) {
                    Token t = s.tokens().get(i);
                    if (t.start() > at)
                        sb.append(escape(Interlinear.clean(text.text().substring(at, t.start()))));
                    token(t, written.get(i), expressions, sb);
                    at = t.end();
                }
                sb.append("</span>");
            }
            sb.append("</p>\n");
        }
        if (inClutter) sb.append("</details>\n");
        sb.append("</main>\n<aside id=\"gloss\" hidden></aside>\n<script>\n")
                .append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private void token(Token t, WordPinyin written, List<Expression> expressions, StringBuilder sb) {
        String text = script.show(t, Interlinear.clean(t.text()));
        if (t.syllables().isEmpty()) {
            sb.append(escape(text));
            return;
        }
        Expression phrase =
                expressions.stream().filter(e -> covers(e, t)).findFirst().orElse(null);
        Gloss first = t.glosses().isEmpty() ? null : t.glosses().get(0);
        boolean curated =
                first != null && (first.source() == GlossSource.CURATED || first.source() == GlossSource.USER);
        StringBuilder classes = new StringBuilder("w");
        if (phrase != null || curated) classes.append(" phrase");
        if (first != null && !first.source().wordLevel()) classes.append(" fallback");
        if (t.known()) classes.append(" known");
        sb.append("<ruby class=\"").append(classes).append('"');
        if (first != null) {
            List<String> senses =
                    first.senses().subList(0, Math.min(3, first.senses().size()));
            String hover = (phrase != null ? explain(phrase.gloss()) + " | " : "")
                    + String.join("; ", senses)
                    + (t.hsk().isPresent() ? " (HSK " + t.hsk().getAsInt() + ")" : "");
            sb.append(" title=\"").append(escape(hover)).append('"');
            StringBuilder tap = new StringBuilder();
            if (phrase != null)
                tap.append(phrase.headword())
                        .append('\n')
                        .append(explain(phrase.gloss()))
                        .append("\n\n");
            tap.append(Interlinear.clean(t.text())).append("  ").append(Syllables.toMarks(t.syllables()));
            if (t.hsk().isPresent()) tap.append("  HSK ").append(t.hsk().getAsInt());
            if (written.changed()) {
                tap.append(" (said ")
                        .append(Syllables.toMarks(written.syllables().stream()
                                .map(WordPinyin.Piece::spoken)
                                .toList()))
                        .append(')');
            }
            tap.append('\n').append(curated ? explain(first) : String.join("; ", first.senses()));
            sb.append(" data-gloss=\"").append(escape(tap.toString())).append('"');
        }
        sb.append('>');
        List<WordPinyin.Piece> syllables = written.syllables();
        int i = 0;
        for (int offset = 0; offset < text.length(); ) {
            int cp = text.codePointAt(offset);
            int next = offset + Character.charCount(cp);
            String character = escape(text.substring(offset, next));
            if (i < syllables.size())
                sb.append("<span class=\"t")
                        .append(syllables.get(i).tone())
                        .append("\">")
                        .append(character)
                        .append("</span>");
            else sb.append(character);
            offset = next;
            i++;
        }
        sb.append("<rt>");
        for (WordPinyin.Piece piece : written.pieces()) {
            switch (piece.kind()) {
                case SYLLABLE -> {
                    if (piece.text().isEmpty()) continue;
                    sb.append("<span class=\"t")
                            .append(piece.tone())
                            .append(piece.changed() ? " sandhi" : "")
                            .append('"');
                    if (piece.changed()) {
                        sb.append(" title=\"")
                                .append(escape(Syllables.toMarks(piece.citation())))
                                .append('"');
                    }
                    sb.append('>').append(escape(piece.text())).append("</span>");
                }
                case SEPARATOR -> sb.append(escape(piece.text()));
                case CHANGE_MARK -> {
                    // The dotted underline marks the change on the page.
                }
            }
        }
        sb.append("</rt></ruby>");
    }

    private static boolean covers(Expression e, Token t) {
        for (Span part : e.parts()) {
            if (t.start() < part.end() && part.start() < t.end()) return true;
        }
        return false;
    }

    private static String explain(Gloss g) {
        return Interlinear.explanation(g) + (g.note().isEmpty() ? "" : "\n" + g.note());
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append("&#10;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
