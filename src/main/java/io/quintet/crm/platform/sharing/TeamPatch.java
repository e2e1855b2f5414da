package io.quintet.crm.platform.sharing;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL shape of a team merge patch; the service reads the raw argument. */
@Input("TeamPatch")
@Description("Fields to change; omitted fields are kept, null clears a field")
public record TeamPatch(String name, @Id UUID managerId, List<UUID> memberIds) {
}
