package io.havpn.proptest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Prefix;
import java.io.IOException;
import java.util.function.Function;

/**
 * The JSON mapping of counterexamples and traces: a record is an object of its components (derived accessors such as
 * {@code RouterState.isActive()} are not state), absent values are left out, addresses and prefixes are dotted
 * strings.
 */
public final class Json {

  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule("havpn-addresses")
          .addSerializer(Ipv4.class, asString(Ipv4::toString))
          .addDeserializer(Ipv4.class, fromString(Ipv4::parse))
          .addSerializer(Prefix.class, asString(Prefix::toString))
          .addDeserializer(Prefix.class, fromString(Prefix::parse)))
      .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  private static <T> JsonSerializer<T> asString(Function<T, String> text) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(text.apply(value));
      }
    };
  }

  private static <T> JsonDeserializer<T> fromString(Function<String, T> parse) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
          return parse.apply(parser.getValueAsString());
        } catch (IllegalArgumentException e) {
          throw context.weirdStringException(parser.getValueAsString(), Object.class, e.getMessage());
        }
      }
    };
  }
}
