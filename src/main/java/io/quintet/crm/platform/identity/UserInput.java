package io.quintet.crm.platform.identity;

import jakarta.validation.constraints.NotNull;

/**
 * What an administrator may change on a user. Name, email and roles come from the identity
 * provider at each sign-in.
 */
public record UserInput(@NotNull Boolean active) {
}
