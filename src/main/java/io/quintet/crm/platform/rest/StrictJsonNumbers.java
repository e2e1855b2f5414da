package io.quintet.crm.platform.rest;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Numbers only where numbers belong: a fraction for a whole number ({@code "employees": 1.5}) is a
 * wrong type, not silently truncated to {@code 1}, and a number for an enum ({@code "type": 1}) is a
 * wrong type, not the enum constant at that position. Both are a 400 naming the field.
 */
@Singleton
public class StrictJsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
