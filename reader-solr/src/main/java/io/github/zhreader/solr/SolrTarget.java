package io.github.zhreader.solr;

import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a library lives on SolrCloud: the base URL of a node ({@code http://host:8983/solr}, or {@code https://}
 * with the JVM's trust store), the collection, the credentials of a secured Solr, and how long to wait for an
 * answer.
 *
 * <p>Credentials never come from a command line: {@link #of(String, String, Map)} reads them from the environment,
 * {@code ZHREADER_SOLR_USER} and {@code ZHREADER_SOLR_PASSWORD}, or from the file that {@code
 * ZHREADER_SOLR_CREDENTIALS} names, whose first line is {@code user:password}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param url         the base URL of a Solr node ({@code /solr} is added to a host and port alone), without a
 *                    trailing slash
 * @param collection  the collection's name
 * @param credentials for HTTP basic authentication, if the cluster asks for it
 * @param timeout     how long a request may take
 */
public record SolrTarget(String url, String collection, Optional<Credentials> credentials, Duration timeout) {

    /** A user and password for HTTP basic authentication; {@link #toString()} does not show the password. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9._-]+");
    /** How long a request may take unless said otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Checks the URL and the collection's name. */
    public SolrTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(timeout, "timeout");
        url = checkedUrl(url);
        if (!COLLECTION.matcher(collection).matches()) {
            throw new IllegalArgumentException("collection name " + collection
                    + " is not a Solr collection name (letters, digits, '.', '_' and '-')");
        }
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout " + timeout);
    }

    /**
     * A target with the credentials that {@code environment} gives (see above) and the default timeout.
     *
     * @throws ZhReaderException when the credentials file cannot be read or has no {@code user:password} line
     */
    public static SolrTarget of(String url, String collection, Map<String, String> environment) {
        return new SolrTarget(url, collection, credentials(environment), DEFAULT_TIMEOUT);
    }

    /** The same target with another timeout. */
    public SolrTarget withTimeout(Duration timeout) {
        return new SolrTarget(url, collection, credentials, timeout);
    }

    private static String checkedUrl(String url) {
        String u = url.strip();
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("Solr URL " + url + " is not an http:// or https:// URL");
            }
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException("Solr URL " + uri.getHost()
                        + " has a password in it; put it in ZHREADER_SOLR_PASSWORD or ZHREADER_SOLR_CREDENTIALS");
            }
            // A node's address alone means its usual path.
            return uri.getPath() == null || uri.getPath().isEmpty() ? u + "/solr" : u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Solr URL " + url + " is not a URL (" + e.getReason() + ")");
        }
    }

    private static Optional<Credentials> credentials(Map<String, String> env) {
        String file = env.get("ZHREADER_SOLR_CREDENTIALS");
        if (file != null && !file.isBlank()) {
            try {
                String first = Files.readString(Path.of(file), StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElse("")
                        .strip();
                int colon = first.indexOf(':');
                if (colon <= 0) {
                    throw new ZhReaderException(
                            "Solr credentials file " + file + " does not start with a user:password line");
                }
                return Optional.of(new Credentials(first.substring(0, colon), first.substring(colon + 1)));
            } catch (IOException | RuntimeException e) {
                if (e instanceof ZhReaderException z) throw z;
                throw new ZhReaderException(
                        "Solr credentials file " + file + " cannot be read (" + e.getMessage() + ")", e);
            }
        }
        String user = env.get("ZHREADER_SOLR_USER");
        if (user == null || user.isBlank()) return Optional.empty();
        return Optional.of(new Credentials(user, env.getOrDefault("ZHREADER_SOLR_PASSWORD", "")));
    }
}
