package io.quintet.crm.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.schema.DataFetchingEnvironment;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.crud.ListQuery;
import io.quintet.crm.platform.crud.Page;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.model.Ids;
import io.quintet.crm.platform.query.FilterNode;
import io.smallrye.graphql.api.Context;

/** What every GraphQL API of a record shares: connection arguments and merge-patch inputs. */
@ApplicationScoped
public class GraphQLSupport {

    private final CrmConfig config;
    private final ObjectMapper json;

    GraphQLSupport(CrmConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** The list query of a connection field's {@code first}, {@code after}, filter and {@code orderBy}. */
    public ListQuery listQuery(Integer first, String after, FilterNode filter, String orderBy) {
        int limit = first == null ? config.lists().defaultLimit() : first;
        if (limit < 1 || limit > config.lists().maxLimit()) {
            throw ApiProblem.invalidField("first", "first must be from 1 to " + config.lists().maxLimit());
        }
        return new ListQuery(limit, after == null || after.isBlank() ? null : after, filter,
                orderBy == null || orderBy.isBlank() ? null : orderBy);
    }

    /** A GraphQL {@code ID} argument as a record id; anything but a UUID is a VALIDATION error. */
    public static UUID id(String id) {
        return Ids.parse("id", id);
    }

    /** A mutation's optional {@code expectedVersion}, as the services take it. */
    public static Long version(Integer expectedVersion) {
        return expectedVersion == null ? null : expectedVersion.longValue();
    }

    /** Relay page info of a page. */
    public static PageInfo pageInfo(Page<?> page) {
        return new PageInfo(page.hasMore(), page.nextCursor());
    }

    /**
     * The named input argument as a JSON Merge Patch: only the fields the client wrote, with an
     * explicit {@code null} meaning "clear". Typed input objects cannot tell absent from null, so
     * this reads the raw argument.
     */
    public JsonNode mergePatch(Context context, String argument) {
        Map<String, Object> raw = context.unwrap(DataFetchingEnvironment.class).getArgument(argument);
        if (raw == null) {
            throw ApiProblem.validation("The " + argument + " argument is required", List.of());
        }
        return json.valueToTree(raw);
    }
}
