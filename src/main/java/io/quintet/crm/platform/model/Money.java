package io.quintet.crm.platform.model;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonFormat;

/** An amount of money: a decimal (written as a string, so no precision is lost) and an ISO-4217 code. */
public record Money(
        @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as EUR") @IsoCurrency
        String currency) {
}
