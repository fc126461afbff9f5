package io.github.zhreader.cli;

import io.github.zhreader.ZhReaderException;
import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.index.StoredDocument;
import io.github.zhreader.text.HtmlExtractor;
import io.github.zhreader.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A text given on the command line: a file or {@code -} for standard input, in UTF-8, UTF-16 with a byte-order
 * mark, GB18030/GBK/GB2312 or Big5 (found by {@link TextDecoder}, or named with {@code --encoding}), or a saved web
 * page whose article is taken out with jsoup. Anything that is not readable text is bad input, reported in one
 * line that names the file.
 *
 * @param name  the file name as given, or {@code "-"} for standard input
 * @param title the page's title for a web page, a plain text's headline (its first line, if it reads as one), else
 *              the file name
 * @param text  the decoded text
 */
record InputText(String name, String title, String text) {

    /**
     * Reads {@code source}: a path, {@code -} for {@code stdin}, or the id of a document in the library in
     * {@code library} when no such file exists.
     */
    static InputText read(
            String source, InputStream stdin, DecodingOptions options, java.io.PrintStream warnings, Path library) {
        if (!source.equals("-") && !Files.exists(Path.of(source))) {
            Optional<StoredDocument> document = SentenceLibrary.readDocument(library, source);
            if (document.isPresent())
                return new InputText(
                        source, document.get().title(), document.get().text());
        }
        return read(source, stdin, options, warnings);
    }

    /** Reads {@code source}: a path, or {@code -} for {@code stdin}; {@code warnings} gets one line per warning. */
    static InputText read(String source, InputStream stdin, DecodingOptions options, java.io.PrintStream warnings) {
        byte[] bytes;
        String shown = source.equals("-") ? "standard input" : source;
        try {
            if (source.equals("-")) {
                bytes = stdin.readAllBytes();
            } else {
                Path path = Path.of(source);
                if (Files.isDirectory(path)) throw new BadInputException(source + ": is a directory, not a text file");
                bytes = Files.readAllBytes(path);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(source + ": no such file (nor a document of your library)");
        } catch (AccessDeniedException e) {
            throw new BadInputException(source + ": permission denied");
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadInputException(source + ": not a valid file name");
        } catch (OutOfMemoryError e) {
            throw new BadInputException(shown + ": too large to read with this much memory (give java more with -Xmx)");
        } catch (IOException e) {
            throw new BadInputException(shown + ": cannot be read (" + e.getMessage() + ")");
        }
        String lower = source.toLowerCase(Locale.ROOT);
        String fileName =
                source.equals("-") ? "stdin" : String.valueOf(Path.of(source).getFileName());
        if (lower.endsWith(".html") || lower.endsWith(".htm") || HtmlExtractor.looksLikeHtml(bytes)) {
            HtmlExtractor.Article article = HtmlExtractor.extract(bytes, options.encoding);
            return new InputText(source, article.title().isEmpty() ? fileName : article.title(), article.text());
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes, shown, Optional.ofNullable(options.encoding), options.lenient);
        } catch (ZhReaderException e) {
            throw new BadInputException(e.getMessage());
        }
        if (decoded.replaced() > 0) {
            warnings.println("zhreader: warning: " + shown + ": " + decoded.replaced() + " invalid byte sequence"
                    + (decoded.replaced() == 1 ? "" : "s") + " replaced with U+FFFD (the first at offset "
                    + decoded.firstBad() + ")");
        }
        return new InputText(source, headline(decoded.text()).orElse(fileName), decoded.text());
    }

    /** The longest first line that reads as a headline rather than the start of the text, in code points. */
    static final int HEADLINE = 30;

    /**
     * The headline of a plain text: its first line, when text follows it and it is short (at most {@value
     * #HEADLINE} characters), is not a quotation, and does not end as a clause or sentence inside a paragraph does
     * (。，；：, or their ASCII forms). A question or exclamation may be a headline (中央調整治港班子有何啟示？).
     */
    static Optional<String> headline(String text) {
        String t = text.strip();
        int end = t.indexOf('\n');
        if (end < 0) return Optional.empty();
        String first = t.substring(0, end).strip();
        if (first.isEmpty() || first.codePointCount(0, first.length()) > HEADLINE) return Optional.empty();
        if ("“「『\"'（(".indexOf(first.charAt(0)) >= 0) return Optional.empty();
        if ("。，；：.,;:、".indexOf(first.charAt(first.length() - 1)) >= 0) return Optional.empty();
        if (!io.github.zhreader.TokenType.containsHan(first)) return Optional.empty();
        return Optional.of(first);
    }
}
