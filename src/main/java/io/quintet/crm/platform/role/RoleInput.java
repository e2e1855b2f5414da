package io.quintet.crm.platform.role;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/**
 * A role as administrators write it: a name (lower case, digits and underscores), what it may do
 * per object type, and which fields it must not see or change.
 */
@Input("RoleInput")
public record RoleInput(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{1,62}", message = "must be 2-63 lower-case letters, digits or "
                + "underscores, starting with a letter") String name,
        @Size(max = 500) String description,
        @Size(max = 50) List<@NotNull @Valid ObjectPermission> permissions,
        @Size(max = 500) List<@NotNull @Valid FieldRule> fieldRules) {
}
