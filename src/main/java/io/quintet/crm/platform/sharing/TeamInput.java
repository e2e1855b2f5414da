package io.quintet.crm.platform.sharing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** A team as administrators write it: a name, a manager and members (user ids of the tenant). */
@Input("TeamInput")
public record TeamInput(@NotBlank @Size(max = 255) String name, @Id UUID managerId,
        @Size(max = 500) List<@NotNull UUID> memberIds) {
}
