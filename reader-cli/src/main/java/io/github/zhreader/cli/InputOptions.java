package io.github.zhreader.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The text a command reads: the file (or library id, or standard input), and how to decode it. */
final class InputOptions {

    @Parameters(
            index = "0",
            paramLabel = "FILE|-",
            description = "A text file (UTF-8, UTF-16, GB18030 or Big5), a saved web page, the id of a document in "
                    + "your library, or - for standard input.")
    String source;

    @Mixin
    DecodingOptions decoding = new DecodingOptions();

    /** Reads the text, warnings to standard error. */
    InputText read(Cli cli) {
        return InputText.read(source, cli.in(), decoding, cli.err(), LibraryCommands.folder(cli));
    }
}
