package io.quintet.crm.report;

import java.util.UUID;

import io.quintet.crm.platform.sharing.Visibility;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The records one report may count, as the first five parameters of its statement: the tenant, what the caller
 * may read (all, or those of these owners), the owner filter and the team filter's people. {@link #where} is the
 * matching condition; a statement's own parameters start at {@code $6}.
 */
record ReportScope(UUID tenantId, Visibility visible, UUID ownerId, UUID[] teamPeople) {

    /** The condition on the owned table aliased {@code alias} that keeps the records in scope. */
    static String where(String alias) {
        return alias + ".tenant_id = $1"
                + " and ($2::boolean or " + alias + ".owner_id = any($3::uuid[]))"
                + " and ($4::uuid is null or " + alias + ".owner_id = $4::uuid)"
                + " and ($5::uuid[] is null or " + alias + ".owner_id = any($5::uuid[]))";
    }

    /** The five scope parameters, followed by the statement's own. */
    Tuple parameters(Object... more) {
        Tuple tuple = Tuple.tuple().addValue(tenantId).addValue(visible.readsAll())
                .addValue(visible.owners().toArray(UUID[]::new)).addValue(ownerId).addValue(teamPeople);
        for (Object value : more) {
            tuple.addValue(value);
        }
        return tuple;
    }
}
