package io.github.zhreader.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The text a command reads: the file (or library id, or standard input), its encoding, invalid bytes. */
final class InputOptions {

    @Parameters(index = "0", paramLabel = "FILE|-",
            description = "A text file (UTF-8, UTF-16, GB18030 or Big5), a saved web page, the id of a document in "
                    + "your library, or - for standard input.")
    String source;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "The file's encoding (UTF-8, GB18030, GBK, Big5, UTF-16 ...); found by itself otherwise.")
    String encoding;

    @Option(names = "--lenient",
            description = "Replace invalid bytes with U+FFFD (and say how many) instead of refusing the file.")
    boolean lenient;

    /** Reads the text, warnings to standard error. */
    InputText read(Cli cli) {
        return InputText.read(source, cli.in(), this, cli.err(), LibraryCommands.folder(cli));
    }
}
