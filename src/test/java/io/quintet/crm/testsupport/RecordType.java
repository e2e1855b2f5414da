package io.quintet.crm.testsupport;

import java.util.List;
import java.util.Map;

/**
 * The record types of the REST API, described just enough for the tests of shared behaviour
 * (CRUD, ETags, idempotency, batches, tenancy) to run once per type.
 */
public enum RecordType {

    ACCOUNTS("/api/v1/accounts", "account", "name", "industry", "billingAddress") {
        @Override
        public Map<String, Object> minimal(String label) {
            return Json.object("name", label);
        }

        @Override
        public Map<String, Object> full(String label) {
            return Json.object(
                    "name", label,
                    "domain", Unique.suffix() + ".example.com",
                    "industry", "Software",
                    "type", "customer",
                    "annualRevenue", Json.object("amount", "1250000.00", "currency", "EUR"),
                    "employees", 42,
                    "phone", "+33 1 23 45 67 89",
                    "website", "https://example.com",
                    "billingAddress", address("Paris"),
                    "shippingAddress", address("Lyon"),
                    "tags", List.of("vip", "emea"));
        }

        @Override
        public Map<String, Object> invalid(String label) {
            return Json.object("name", "", "industry", label);
        }

        @Override
        public String invalidField() {
            return "name";
        }
    },

    CONTACTS("/api/v1/contacts", "contact", "lastName", "title", "mailingAddress") {
        @Override
        public Map<String, Object> minimal(String label) {
            return Json.object("lastName", label);
        }

        @Override
        public Map<String, Object> full(String label) {
            return Json.object(
                    "firstName", "Ada",
                    "lastName", label,
                    "email", Unique.email(),
                    "phone", "+44 20 7946 0000",
                    "mobile", "+44 7700 900000",
                    "title", "CTO",
                    "department", "Engineering",
                    "lifecycleStage", "lead",
                    "leadSource", "web",
                    "mailingAddress", address("London"),
                    "doNotContact", true,
                    "tags", List.of("vip", "emea"));
        }

        @Override
        public Map<String, Object> invalid(String label) {
            return Json.object("lastName", label, "email", "not-an-email");
        }

        @Override
        public String invalidField() {
            return "email";
        }
    },

    LEADS("/api/v1/leads", "lead", "lastName", "title", "address") {
        @Override
        public Map<String, Object> minimal(String label) {
            return Json.object("lastName", label);
        }

        @Override
        public Map<String, Object> full(String label) {
            return Json.object(
                    "firstName", "Grace",
                    "lastName", label,
                    "company", "Hopper Systems",
                    "title", "VP Engineering",
                    "email", Unique.email(),
                    "phone", "+1 555 0100",
                    "source", "web_form",
                    "status", "working",
                    "rating", "warm",
                    "industry", "Software",
                    "companySize", 250,
                    "address", address("Paris"),
                    "description", "Asked for a demo",
                    "tags", List.of("vip", "emea"));
        }

        @Override
        public Map<String, Object> invalid(String label) {
            return Json.object("lastName", label, "email", "not-an-email");
        }

        @Override
        public String invalidField() {
            return "email";
        }
    };

    private final String path;
    private final String objectType;
    private final String labelField;
    private final String optionalField;
    private final String addressField;

    RecordType(String path, String objectType, String labelField, String optionalField, String addressField) {
        this.path = path;
        this.objectType = objectType;
        this.labelField = labelField;
        this.optionalField = optionalField;
        this.addressField = addressField;
    }

    /** The collection path, e.g. {@code /api/v1/accounts}. */
    public String path() {
        return path;
    }

    /** {@code path/id}. */
    public String path(Object id) {
        return path + "/" + id;
    }

    /** {@code path/batch}. */
    public String batchPath() {
        return path + "/batch";
    }

    /** The object name in events and audit entries: {@code account}, {@code contact}. */
    public String objectType() {
        return objectType;
    }

    /** The required text field a test writes its unique label into: {@code name} or {@code lastName}. */
    public String labelField() {
        return labelField;
    }

    /** An optional text field: {@code industry} or {@code title}. */
    public String optionalField() {
        return optionalField;
    }

    /** The record's (first) postal address: {@code billingAddress} or {@code mailingAddress}. */
    public String addressField() {
        return addressField;
    }

    /** The smallest valid body, carrying {@code label} in {@link #labelField()}. */
    public abstract Map<String, Object> minimal(String label);

    /** A body with every writable field set. */
    public abstract Map<String, Object> full(String label);

    /** A body that breaks exactly one rule, on {@link #invalidField()}. */
    public abstract Map<String, Object> invalid(String label);

    public abstract String invalidField();

    /** An RSQL filter matching records whose label is exactly {@code label}. */
    public String labelFilter(String label) {
        return labelField + "==\"" + label + "\"";
    }

    static Map<String, Object> address(String city) {
        return Json.object("street", "1 Main Street", "city", city, "region", null, "postalCode", "75001",
                "country", "FR");
    }
}
