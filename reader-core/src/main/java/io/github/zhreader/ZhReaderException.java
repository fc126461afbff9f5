package io.github.zhreader;

/**
 * The library's one unchecked exception type, thrown when zhreader itself fails: a dictionary that cannot be read or
 * is corrupt, a resource that was not built into the jar, an index that cannot be opened. The message says what
 * failed and, where there is one, what to do about it; the underlying exception, if any, is the {@linkplain
 * #getCause() cause}.
 *
 * <p>Bad arguments are not reported with this type: they throw {@link IllegalArgumentException} or
 * {@link NullPointerException} as usual.
 *
 * <p>Instances are immutable once thrown and may be shared between threads like any other exception.
 */
public class ZhReaderException extends RuntimeException {

    /**
     * Creates an exception with a message and no cause.
     *
     * @param message what failed, in one line
     */
    public ZhReaderException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the exception that caused it.
     *
     * @param message what failed, in one line
     * @param cause the underlying failure, may be {@code null}
     */
    public ZhReaderException(String message, Throwable cause) {
        super(message, cause);
    }
}
