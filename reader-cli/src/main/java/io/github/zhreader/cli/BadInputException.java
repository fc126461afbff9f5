package io.github.zhreader.cli;

/** Bad input or usage found while running a command: exit code 2 with the message on one line. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message, null, false, false);
    }
}
