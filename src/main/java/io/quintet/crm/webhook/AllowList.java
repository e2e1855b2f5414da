package io.quintet.crm.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code crm.webhooks.allowed-hosts}: host names, IP addresses and CIDR blocks whose receivers may be on
 * addresses the SSRF guard otherwise refuses, and may use plain http.
 */
record AllowList(Set<String> hostNames, List<Block> blocks) {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    /** An address block: an IP address is a block of its own full length. */
    record Block(byte[] network, int prefixLength) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int bits = bytes.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefixLength).not();
            return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    static AllowList parse(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        Set<String> names = entries.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .filter(entry -> {
                    String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
                    if (!IP_LITERAL.matcher(address).matches()) {
                        return true;
                    }
                    blocks.add(block(entry, address));
                    return false;
                })
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return new AllowList(names, List.copyOf(blocks));
    }

    private static Block block(String entry, String address) {
        try {
            byte[] network = InetAddress.getByName(address).getAddress();
            int prefix = entry.contains("/") ? Integer.parseInt(entry.substring(entry.indexOf('/') + 1))
                    : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("crm.webhooks.allowed-hosts: bad prefix length in " + entry);
            }
            return new Block(network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("crm.webhooks.allowed-hosts: '" + entry + "' is not an IP address or "
                    + "CIDR block", e);
        }
    }

    boolean namesHost(String host) {
        return hostNames.contains(host.toLowerCase(Locale.ROOT));
    }

    boolean namesAddress(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }
}
