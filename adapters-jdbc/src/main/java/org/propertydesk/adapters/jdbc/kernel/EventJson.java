package org.propertydesk.adapters.jdbc.kernel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.io.IOException;
import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.event.types.DomainEvent;

/**
 * Domain events as JSON for the outbox: records by their components, typed ids as their plain
 * value, instants and dates in ISO-8601, an empty {@code Option} as null and a present one as its
 * value, Vavr sequences and sets as arrays, Vavr maps as objects. The type name is the event's context and simple name, e.g.
 * {@code complaint.ComplaintRegistered}, so consumers never see Java packaging.
 */
final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // Reads record components through generated lambdas instead of reflection (a profile of a
            // JDBC registration put a tenth of its Java time in writing the event's JSON).
            .registerModule(new BlackbirdModule())
            .registerModule(new SimpleModule("propertydesk-events")
                    .addSerializer(new IdentifierSerializer())
                    .addSerializer(new OptionSerializer())
                    .addSerializer(new TraversableSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private EventJson() {}

    static String payload(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getClass().getName() + " cannot be written as JSON", e);
        }
    }

    static String type(DomainEvent event) {
        String packageName = event.getClass().getPackageName();
        String context = packageName.substring(packageName.lastIndexOf('.') + 1);
        return context + "." + event.getClass().getSimpleName();
    }

    private static final class IdentifierSerializer extends StdSerializer<Identifier> {
        private static final long serialVersionUID = 1L;

        IdentifierSerializer() {
            super(Identifier.class);
        }

        @Override
        public void serialize(Identifier id, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(id.toString());
        }
    }

    /** Vavr maps as JSON objects (keys as text), every other Vavr collection as an array. */
    @SuppressWarnings("rawtypes")
    private static final class TraversableSerializer extends StdSerializer<Traversable> {
        private static final long serialVersionUID = 1L;

        TraversableSerializer() {
            super(Traversable.class);
        }

        @Override
        public void serialize(Traversable values, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (values instanceof io.vavr.collection.Map) {
                json.writeStartObject();
                for (Object entry : values) {
                    io.vavr.Tuple2<?, ?> pair = (io.vavr.Tuple2<?, ?>) entry;
                    json.writeFieldName(String.valueOf(pair._1 instanceof Identifier ? pair._1.toString() : pair._1));
                    provider.defaultSerializeValue(pair._2, json);
                }
                json.writeEndObject();
                return;
            }
            json.writeStartArray();
            for (Object value : values) {
                provider.defaultSerializeValue(value, json);
            }
            json.writeEndArray();
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class OptionSerializer extends StdSerializer<Option> {
        private static final long serialVersionUID = 1L;

        OptionSerializer() {
            super(Option.class);
        }

        @Override
        public void serialize(Option option, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (option.isEmpty()) {
                json.writeNull();
            } else {
                provider.defaultSerializeValue(option.get(), json);
            }
        }
    }
}
