package io.github.zhreader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A text given on the command line: a file or {@code -} for standard input, decoded as UTF-8 (a byte-order mark
 * is dropped). Anything that is not readable UTF-8 text is bad input, reported in one line that names the file.
 *
 * @param name the file name as given, or {@code "-"} for standard input
 * @param text the decoded text
 */
record InputText(String name, String text) {

    /** How many leading bytes are checked for NUL bytes, the sign of a binary file. */
    private static final int SNIFF = 8192;

    /** Reads {@code source}: a path, or {@code -} for {@code stdin}. */
    static InputText read(String source, InputStream stdin) {
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
            throw new BadInputException(source + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(source + ": permission denied");
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadInputException(source + ": not a valid file name");
        } catch (IOException e) {
            throw new BadInputException(shown + ": cannot be read (" + e.getMessage() + ")");
        }
        return new InputText(source, decode(shown, bytes));
    }

    private static String decode(String shown, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) throw new BadInputException(shown + ": not a text file (it contains NUL bytes)");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException(shown + ": not valid UTF-8 text (bad byte at offset " + in.position()
                    + "); convert it first, e.g. iconv -f GB18030 -t UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
