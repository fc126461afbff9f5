package io.github.zhreader.text;

import io.github.zhreader.ZhReaderException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a file into text, finding the encoding the way a reader of Chinese needs: a byte-order mark
 * (UTF-8, UTF-16) wins; then valid UTF-8; then what juniversalchardet detects, which tells GB18030 (and its subsets
 * GBK and GB2312) from Big5 well on Chinese text. juniversalchardet rather than ICU4J's detector: it is a few
 * hundred kilobytes instead of thirteen megabytes, and it knows the Chinese encodings as well. Binary files are
 * refused. Bytes that are not valid in the chosen encoding are an error naming the offset, or, when lenient,
 * become U+FFFD and are counted.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final int SNIFF = 8192;

    private TextDecoder() {}

    /**
     * Decoded text and how it was decoded.
     *
     * @param text     the text, without a byte-order mark
     * @param charset  the encoding used
     * @param how      why that encoding: "byte-order mark", "valid UTF-8", "detected", "given"
     * @param replaced how many invalid byte sequences became U+FFFD (only when lenient)
     * @param firstBad the offset of the first invalid byte, or -1
     */
    public record Decoded(String text, Charset charset, String how, int replaced, long firstBad) {}

    /**
     * Decodes {@code bytes}.
     *
     * @param name     the file's name, for messages
     * @param given    an encoding the user named, or empty to find one
     * @param lenient  replace invalid bytes instead of failing
     * @throws ZhReaderException with a one-line message for a binary file, an unknown encoding or invalid bytes
     */
    public static Decoded decode(byte[] bytes, String name, Optional<String> given, boolean lenient) {
        if (given.isPresent()) {
            Charset charset;
            try {
                charset = Charset.forName(given.get().strip());
            } catch (IllegalArgumentException e) {
                throw new ZhReaderException(
                        "unknown encoding '" + given.get() + "' (try UTF-8, GB18030, Big5, UTF-16)");
            }
            return strip(run(bytes, 0, charset, name, lenient, "given"));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF))
            return strip(run(bytes, 3, StandardCharsets.UTF_8, name, lenient, "byte-order mark"));
        if (startsWith(bytes, 0xFE, 0xFF))
            return run(bytes, 2, StandardCharsets.UTF_16BE, name, lenient, "byte-order mark");
        if (startsWith(bytes, 0xFF, 0xFE))
            return run(bytes, 2, StandardCharsets.UTF_16LE, name, lenient, "byte-order mark");
        notBinary(bytes, name);
        Decoded utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8, "valid UTF-8");
        if (utf8 != null) return utf8;
        Optional<Charset> detected = detect(bytes);
        if (detected.isPresent() && !detected.get().equals(StandardCharsets.UTF_8)) {
            Decoded d = tryDecode(bytes, 0, detected.get(), "detected");
            if (d != null) return d;
        }
        return run(bytes, 0, StandardCharsets.UTF_8, name, lenient, "valid UTF-8");
    }

    /** The encoding juniversalchardet finds, mapped to the widest Java charset of its family. */
    static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String found = detector.getDetectedCharset();
        if (found == null) return Optional.empty();
        String name = found.toUpperCase(Locale.ROOT);
        try {
            if (name.startsWith("GB") || name.equals("HZ-GB-2312")) return Optional.of(Charset.forName("GB18030"));
            if (name.startsWith("BIG5")) return Optional.of(Charset.forName("Big5-HKSCS"));
            return Optional.of(Charset.forName(found));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void notBinary(byte[] bytes, String name) {
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            throw new ZhReaderException(name + ": a PDF file, not text (turn it into text first, e.g. pdftotext)");
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) throw new ZhReaderException(name + ": not a text file (it contains NUL bytes)");
        }
    }

    private static Decoded tryDecode(byte[] bytes, int offset, Charset charset, String how) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int)
                Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) return null;
        decoder.flush(out);
        return new Decoded(out.flip().toString(), charset, how, 0, -1);
    }

    private static Decoded run(byte[] bytes, int offset, Charset charset, String name, boolean lenient, String how) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int)
                Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        int replaced = 0;
        long firstBad = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) break;
            if (result.isOverflow()) throw new IllegalStateException("decoding buffer too small");
            if (firstBad < 0) firstBad = in.position();
            if (!lenient) {
                throw new ZhReaderException(name + ": not valid " + charset.name() + " text (bad byte at offset "
                        + in.position() + "); name its encoding with --encoding (GB18030, Big5, ...) or use --lenient");
            }
            replaced++;
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), charset, how, replaced, firstBad);
    }

    private static Decoded strip(Decoded d) {
        return d.text().startsWith("\uFEFF")
                ? new Decoded(d.text().substring(1), d.charset(), d.how(), d.replaced(), d.firstBad())
                : d;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
