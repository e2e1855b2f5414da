package io.quintet.crm.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Four accounts with known, varied values under one unique name prefix, for filter and sort tests.
 *
 * <pre>
 * name           employees industry  type      revenue    city    domain
 * P-Alpha        10        Software  customer  100.00 EUR Paris   alpha-P.example.com
 * P-Beta         20        Retail    prospect  200.00 EUR Berlin  beta-P.example.com
 * P-Gamma        30        (none)    partner   (none)     (none)  (none)
 * P-Smith Co     (none)    Software  customer  (none)     (none)  (none)
 * </pre>
 */
public final class SampleAccounts {

    public static final String ALPHA = "Alpha";
    public static final String BETA = "Beta";
    public static final String GAMMA = "Gamma";
    public static final String SMITH = "Smith Co";

    private final String prefix;
    private final Map<String, String> ids = new LinkedHashMap<>();

    private SampleAccounts(String prefix) {
        this.prefix = prefix;
    }

    /** Creates the four accounts under a new unique prefix. */
    public static SampleAccounts create() {
        SampleAccounts sample = new SampleAccounts(Unique.name("S"));
        String p = sample.prefix;
        sample.add(ALPHA, Json.object("employees", 10, "industry", "Software", "type", "customer",
                "annualRevenue", Json.object("amount", "100.00", "currency", "EUR"),
                "billingAddress", Json.object("city", "Paris"), "domain", "alpha-" + p.toLowerCase() + ".example.com"));
        sample.add(BETA, Json.object("employees", 20, "industry", "Retail", "type", "prospect",
                "annualRevenue", Json.object("amount", "200.00", "currency", "EUR"),
                "billingAddress", Json.object("city", "Berlin"), "domain", "beta-" + p.toLowerCase() + ".example.com"));
        sample.add(GAMMA, Json.object("employees", 30, "type", "partner"));
        sample.add(SMITH, Json.object("industry", "Software", "type", "customer"));
        return sample;
    }

    private void add(String shortName, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name(shortName));
        body.putAll(fields);
        ids.put(shortName, Records.createAccount(body));
    }

    /** The unique prefix, e.g. {@code S-1a2b3c4d}. */
    public String prefix() {
        return prefix;
    }

    /** The full name of a sample account, e.g. {@code S-1a2b3c4d-Alpha}. */
    public String name(String shortName) {
        return prefix + "-" + shortName;
    }

    public String id(String shortName) {
        return ids.get(shortName);
    }

    /** An RSQL filter selecting only these accounts, to AND with the condition under test. */
    public String only() {
        return "name==\"" + prefix + "-*\"";
    }

    /** Full names for short names, in the given order. */
    public List<String> names(String... shortNames) {
        return java.util.Arrays.stream(shortNames).map(this::name).toList();
    }
}
