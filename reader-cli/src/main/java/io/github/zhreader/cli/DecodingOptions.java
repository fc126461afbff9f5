package io.github.zhreader.cli;

import picocli.CommandLine.Option;

/** How a file's bytes become text: its encoding, and what to do with invalid bytes. */
final class DecodingOptions {

    @Option(
            names = "--encoding",
            paramLabel = "NAME",
            description = "The file's encoding (UTF-8, GB18030, GBK, Big5, UTF-16 ...); found by itself otherwise.")
    String encoding;

    @Option(
            names = "--lenient",
            description = "Replace invalid bytes with U+FFFD (and say how many) instead of refusing the file.")
    boolean lenient;
}
