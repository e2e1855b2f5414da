package io.quintet.crm.platform.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.security.FieldAccess;

/** One field a role hides or may only read, e.g. {@code {"object":"account","field":"annualRevenue","access":"hidden"}}. */
@Type("FieldRule")
@Input("FieldRuleInput")
public record FieldRule(@NonNull @NotBlank String object, @NonNull @NotBlank String field,
        @NonNull @NotNull FieldAccess access) {
}
