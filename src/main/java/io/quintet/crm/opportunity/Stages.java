package io.quintet.crm.opportunity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes a pipeline's stage column, and finds stages in it. */
final class Stages {

    private static final TypeReference<List<PipelineStage>> LIST = new TypeReference<>() {
    };

    private Stages() {
    }

    static List<PipelineStage> read(ObjectMapper json, String column) {
        try {
            return json.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored pipeline's stages are not the JSON this service writes", e);
        }
    }

    static String write(ObjectMapper json, List<PipelineStage> stages) {
        try {
            return json.writeValueAsString(stages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stages are plain records and always serialise", e);
        }
    }

    static Optional<PipelineStage> find(List<PipelineStage> stages, UUID id) {
        return stages.stream().filter(stage -> stage.id().equals(id)).findFirst();
    }
}
