package io.quintet.crm.platform.model;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.EnumFeature;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * One rule for enums in JSON: written in lower case ({@code prospect}, {@code new_business}), read
 * case-insensitively. GraphQL shows the same enums upper-case, as GraphQL convention has it.
 */
@Singleton
public class ApiEnums implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true);
        mapper.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
    }
}
