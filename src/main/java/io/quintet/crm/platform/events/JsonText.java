package io.quintet.crm.platform.events;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;

/**
 * A JSON document in GraphQL, as its text: a record's fields vary by object type (and will vary by
 * what field-level rules hide), so live changes carry them the way webhooks do, as JSON.
 */
@CustomScalar("JSON")
public final class JsonText implements CustomStringScalar {

    private final String text;

    public JsonText(String text) {
        this.text = text;
    }

    @Override
    public String stringValueForSerialization() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
