package dev.chorus.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of Chorus output: the API's bodies, every CLI {@code --json} and the report's data.
 * Names are snake_case (a record component {@code minCount} is written {@code min_count}, the name the API and the
 * CLI option {@code --min-count} use), times are ISO-8601 strings, nulls are left out.
 *
 * <p>File formats with a shape of their own (the stored post {@code PostJson}, model cards, run logs, codes) keep their
 * own mappers, each saying why; everything a user reads as output goes through this one.
 */
public final class JsonConfig {
  /** Thread-safe once built; callers must not reconfigure it (use {@code mapper().copy()} to derive one). */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private JsonConfig() {}

  /** The shared mapper of Chorus output. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
