package io.github.zhreader.solr;

import io.github.zhreader.ZhReaderException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.apache.solr.common.SolrException;

/** Says in one line what went wrong in talking to Solr, and what to do about it. Stateless. */
final class SolrFailures {

    private SolrFailures() {}

    /** The exception to throw when {@code doing} (a phrase: "cannot search") failed with {@code e}. */
    static ZhReaderException of(SolrTarget target, String doing, Throwable e) {
        String where = "Solr at " + target.url();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ZhReaderException z) return z;
            if (c instanceof ConnectException || c instanceof ClosedChannelException) {
                String why = c instanceof ConnectException
                                && (c.getMessage() == null || c.getMessage().isBlank())
                        ? "connection refused"
                        : brief(c);
                return new ZhReaderException(
                        where + " is not reachable (" + why + "): " + doing + "; start Solr or check --solr", e);
            }
            if (c instanceof UnknownHostException) {
                return new ZhReaderException(where + ": host " + brief(c) + " is not known: " + doing, e);
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new ZhReaderException(where + " did not accept a connection in time: " + doing, e);
            }
            if (c instanceof HttpTimeoutException
                    || c instanceof SocketTimeoutException
                    || c instanceof TimeoutException) {
                return new ZhReaderException(
                        where + " did not answer within " + target.timeout().toSeconds() + " s: " + doing
                                + "; the cluster may be overloaded or a node down",
                        e);
            }
            if (c instanceof SSLException) {
                return new ZhReaderException(
                        where + ": TLS failed (" + brief(c) + "): " + doing
                                + "; its certificate must be in the JVM's trust store (javax.net.ssl.trustStore)",
                        e);
            }
            if (c instanceof SolrException s) {
                int code = s.code();
                if (code == 401 || code == 403) {
                    return new ZhReaderException(
                            where + " refused the credentials (HTTP " + code + "): " + doing
                                    + "; set ZHREADER_SOLR_USER and ZHREADER_SOLR_PASSWORD, or ZHREADER_SOLR_CREDENTIALS",
                            e);
                }
                if (code == 404) {
                    return new ZhReaderException(
                            where + " has no collection " + target.collection() + ": " + doing
                                    + "; create it from zhreader's configset (zhreader library solr-config DIR)",
                            e);
                }
                return new ZhReaderException(where + ": " + doing + " (HTTP " + code + ": " + brief(s) + ")", e);
            }
        }
        return new ZhReaderException(where + ": " + doing + " (" + brief(e) + ")", e);
    }

    /** The first line of an exception's message, or its type. */
    private static String brief(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        String line = m.strip().lines().findFirst().orElse(m);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
