package org.propertydesk.application.canary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Trips the application allow-list and the Jackson confinement: serialisation in a use case. */
public final class JsonExport {

    private final ObjectMapper mapper = new ObjectMapper();

    public String export(Object value) throws JsonProcessingException {
        return mapper.writeValueAsString(value);
    }
}
