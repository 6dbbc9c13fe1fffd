package io.locutor.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import io.locutor.problem.LocutorException;

/**
 * SSRF guard for callback URLs: http(s) only, and no host that resolves to a loopback, private, link-local or cloud
 * metadata address unless private targets are explicitly allowed. Checked when the request arrives (a 400 naming the
 * field) and again just before delivery, since DNS can change in between.
 */
public class CallbackGuard {

    private final boolean allowPrivate;

    public CallbackGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL, normalized; or a 400 naming the field and what is wrong. */
    public String check(String field, String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw LocutorException.badRequest(field, "Field \"" + field + "\" is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw LocutorException.badRequest(field, "Field \"" + field + "\" must be an http:// or https:// URL.");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw LocutorException.badRequest(field, "Field \"" + field + "\" must name a host (and no user:password).");
        }
        if (!allowPrivate) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw LocutorException.badRequest(field, "Field \"" + field + "\": host " + uri.getHost() + " does not resolve.");
            }
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw LocutorException.badRequest(field, "Field \"" + field + "\": " + uri.getHost() + " resolves to "
                            + address.getHostAddress() + ", a loopback, private, link-local or metadata address; callbacks "
                            + "must go to public hosts (set LOCUTOR_WEBHOOK_ALLOW_PRIVATE=true to allow internal ones).");
                }
            }
        }
        return uri.toString();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 100.64/10 carrier-grade NAT, 0/8 "this network", 169.254.169.254 is link-local (covered above)
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        // IPv6 unique local fc00::/7 (site-local covers only the deprecated fec0::/10); fd00:ec2::254 is AWS metadata
        return (b[0] & 0xfe) == 0xfc;
    }
}
