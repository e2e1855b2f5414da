package io.quintet.crm.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.error.ApiProblem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * The SSRF guard: where a receiver URL may point. Only http(s); no loopback, private, link-local,
 * {@code 0.0.0.0/8} or cloud-metadata address unless the allow-list names it; {@code 0.0.0.0} and an
 * unlisted loopback address never. Checked on the resolved addresses, when a subscription is written
 * and again before every send, whose connection then goes to the checked address.
 */
@ApplicationScoped
class ReceiverAddresses {

    /** Where to send: the URL's parts and the address that passed the check. */
    record Target(String host, int port, boolean https, String requestUri, InetAddress address) {
    }

    /** Thrown when a URL or its address is refused; the message says why. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final AllowList allowList;
    private final boolean requireHttps;
    private final Vertx vertx;

    ReceiverAddresses(CrmConfig config, Vertx vertx) {
        this.allowList = AllowList.parse(config.webhooks().allowedHosts().orElse(List.of()));
        this.requireHttps = config.webhooks().requireHttps();
        this.vertx = vertx;
    }

    /** The URL's target, checked; a refusal is a VALIDATION problem on {@code url}. */
    Uni<Target> checkForSubscription(String url) {
        return resolve(url).onFailure(Refused.class)
                .transform(refused -> ApiProblem.invalidField("url", refused.getMessage()));
    }

    /** The URL's target, checked now; fails with {@link Refused}. Name resolution runs on a worker thread. */
    Uni<Target> resolve(String url) {
        URI uri;
        try {
            uri = parse(url);
        } catch (Refused refused) {
            return Uni.createFrom().failure(refused);
        }
        String host = bareHost(uri.getHost());
        return vertx.executeBlocking(() -> lookUp(host), false).map(addresses -> target(uri, host, addresses));
    }

    private Target target(URI uri, String host, InetAddress[] addresses) {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        boolean listed = allowList.namesHost(host) || Arrays.stream(addresses).allMatch(allowList::namesAddress);
        if (requireHttps && !https && !listed) {
            throw new Refused("The URL must use https (plain http only for hosts in crm.webhooks.allowed-hosts)");
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(host, address);
            if (refusal != null) {
                throw new Refused(host.equals(address.getHostAddress()) ? refusal
                        : host + " resolves to " + address.getHostAddress() + ": " + refusal);
            }
        }
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Target(host, port, https, requestUri, addresses[0]);
    }

    /** Why the address may not be called for this host, or null when it may. */
    String refusal(String host, InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || bytes.length == 4 && bytes[0] == 0) {
            return "0.0.0.0/8 is never a receiver";
        }
        if (allowList.namesAddress(address)) {
            return null;
        }
        if (address.isLoopbackAddress()) {
            return "loopback addresses are refused unless crm.webhooks.allowed-hosts lists the address";
        }
        if (allowList.namesHost(host)) {
            return null;
        }
        if (address.isLinkLocalAddress()) {
            return "link-local and cloud metadata addresses are refused";
        }
        if (address.isSiteLocalAddress() || isUniqueLocal(address) || isSharedAddressSpace(bytes)) {
            return "private addresses are refused";
        }
        if (address.isMulticastAddress()) {
            return "multicast addresses are refused";
        }
        return null;
    }

    /** fc00::/7, which holds the fd00:ec2::254 metadata address too. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, carrier-grade NAT: private in all but name. */
    private static boolean isSharedAddressSpace(byte[] bytes) {
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new Refused("url is required: the receiver's http(s) address");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused("'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("The URL must start with https:// (or http:// for an allow-listed host)");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("The URL needs a host and may carry neither credentials nor a fragment");
        }
        return uri;
    }

    private static String bareHost(String host) {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static InetAddress[] lookUp(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new Refused("The host " + host + " does not resolve");
        }
    }
}
