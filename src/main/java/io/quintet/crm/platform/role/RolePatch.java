package io.quintet.crm.platform.role;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL shape of a role merge patch; the service reads the raw argument. */
@Input("RolePatch")
@Description("Fields to change; omitted fields are kept, null clears a field; lists are replaced whole")
public record RolePatch(String description, List<ObjectPermission> permissions, List<FieldRule> fieldRules) {
}
