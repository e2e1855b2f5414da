package io.quintet.crm.platform.role;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.security.Action;

/** The actions a role may take on one object type, e.g. {@code {"object":"contact","actions":["read","update"]}}. */
@Type("ObjectPermission")
@Input("ObjectPermissionInput")
public record ObjectPermission(@NonNull @NotBlank String object,
        @NonNull @NotNull @Size(max = 6) List<@NonNull @NotNull Action> actions) {
}
