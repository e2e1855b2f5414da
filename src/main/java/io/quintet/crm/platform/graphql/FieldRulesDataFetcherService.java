package io.quintet.crm.platform.graphql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Roles;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Field-level security in GraphQL: each field of a record type (the GraphQL type named after a
 * grantable object, {@code Account} for {@code account}) is fetched through a check of the caller's
 * field rules. A hidden field resolves to null with a {@code FORBIDDEN} error at its path, and the
 * rest of the result comes back. Loaded by SmallRye GraphQL through {@link java.util.ServiceLoader}.
 */
public class FieldRulesDataFetcherService implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableDataFetcher getFieldDataFetcher(Field field, Type type, Reference owner) {
        String objectType = objectType(owner.getName());
        if (objectType == null) {
            return null;
        }
        return new GuardedField(new FieldDataFetcher<>(field, type, owner), objectType, field.getName());
    }

    private static String objectType(String typeName) {
        if (typeName == null || typeName.isEmpty()) {
            return null;
        }
        String objectType = typeName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return Roles.RECORD_OBJECTS.contains(objectType) ? objectType : null;
    }

    /** A record field fetched only when the caller's role does not hide it. */
    private record GuardedField(FieldDataFetcher<Object> fetcher, String objectType, String fieldName)
            implements PlugableDataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Optional<Caller> caller = Caller.current();
            if (caller.isPresent() && !caller.get().authority().fields(objectType).hidden().contains(fieldName)) {
                return fetcher.get(environment);
            }
            return DataFetcherResult.newResult()
                    .error(GraphqlErrorBuilder.newError(environment)
                            .message("The " + objectType + " field " + fieldName + " is hidden from your role")
                            .extensions(Map.of("code", "FORBIDDEN"))
                            .build())
                    .build();
        }
    }
}
