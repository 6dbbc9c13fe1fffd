package io.locutor.api;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import io.locutor.Settings;
import org.apache.camel.Exchange;

/**
 * The base URL callers reach locutor by, for the URLs it hands out (audio_url, status_url). LOCUTOR_PUBLIC_URL when
 * set; otherwise the address the request came to (X-Forwarded-Proto/Host from a proxy, else Host), and without a
 * request (folder, queue) {@code http://localhost:<the port served>}.
 */
public final class PublicAddress {

    /** A host name, IPv4 or bracketed IPv6 address, with an optional port: nothing a header could smuggle in. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(:\\d{1,5})?");

    private final String configured;
    private final String local;

    public PublicAddress(String configured, int port) {
        this.configured = trimSlash(configured == null ? "" : configured.strip());
        this.local = "http://localhost:" + port;
    }

    public static PublicAddress fromSettings(Settings settings) {
        return new PublicAddress(settings.get("locutor.public-url"), settings.integer("camel.server.port"));
    }

    /** The base without a request: the configured URL, or this instance's own port on localhost. */
    public String base() {
        return configured.isEmpty() ? local : configured;
    }

    /** The exchange property a REST call's base is kept in, once its headers may be gone. */
    public static final String PROPERTY = "locutorPublicBase";

    /** Keeps the base this REST call came to, for the URLs its answer hands out (routes/public-address.camel.yaml). */
    public void remember(Exchange exchange) {
        exchange.setProperty(PROPERTY, base(exchange.getMessage().getHeaders()));
    }

    /** The base a call came to when it was remembered, else the base without a request. */
    public String baseOf(Exchange exchange) {
        String remembered = exchange.getProperty(PROPERTY, String.class);
        return remembered != null ? remembered : base();
    }

    /** The base for a caller whose request carried these headers. */
    public String base(Map<String, Object> headers) {
        if (headers == null) {
            return base();
        }
        return base(name -> {
            Object value = headers.get(name);
            return value == null ? null : value.toString();
        });
    }

    /** The same, from a request's own headers (a door answering outside Camel: {@code request::getHeader}). */
    public String base(UnaryOperator<String> header) {
        if (!configured.isEmpty()) {
            return base();
        }
        String host = first(header.apply("X-Forwarded-Host"));
        if (host == null) {
            host = first(header.apply("Host"));
        }
        if (host == null || !HOST.matcher(host).matches()) {
            return local;
        }
        String proto = first(header.apply("X-Forwarded-Proto"));
        proto = proto == null ? "http" : proto.toLowerCase(Locale.ROOT);
        if (!proto.equals("http") && !proto.equals("https")) {
            proto = "http";
        }
        return proto + "://" + host;
    }

    /** The first of a header's comma-separated values (proxies append theirs), or null. */
    private static String first(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        int comma = text.indexOf(',');
        text = (comma >= 0 ? text.substring(0, comma) : text).strip();
        return text.isEmpty() ? null : text;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
