package dev.chorus.post;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an {@link AnnotatorStamp} as its bean serializer writes it, from a copy of that JSON kept per stamp: every
 * post of a run carries the same few stamps (one an annotator), and writing them anew was a fifth of writing a stored
 * body. The copy is used only in compact output (a pretty printer indents what it writes, so it gets the bean
 * serializer itself) and only when it is ASCII (written raw, as it is). {@code PostBodyJsonTest} holds the post's
 * JSON to what a mapper without this writes.
 */
final class StampJson extends StdSerializer<AnnotatorStamp> {
  /** A run has a handful of annotators; past this many distinct stamps the copies are dropped and made anew. */
  private static final int MAX_KEPT = 64;
  private static final JsonFactory ALONE = new JsonFactory();

  private final transient JsonSerializer<Object> bean;
  private final transient Map<AnnotatorStamp, String> written = new ConcurrentHashMap<>();

  private StampJson(JsonSerializer<Object> bean) {
    super(AnnotatorStamp.class);
    this.bean = bean;
  }

  @Override
  public void serialize(AnnotatorStamp stamp, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (gen.getPrettyPrinter() != null) {
      bean.serialize(stamp, gen, provider);
      return;
    }
    String json = written.get(stamp);
    if (json == null) {
      json = writeAlone(stamp, provider);
      if (written.size() >= MAX_KEPT) {
        written.clear();
      }
      written.put(stamp, json);
    }
    if (json.isEmpty()) {
      bean.serialize(stamp, gen, provider); // not ASCII: written by the bean serializer every time
    } else {
      gen.writeRawValue(json);
    }
  }

  /** The stamp's JSON as the bean serializer writes it alone, or "" when it holds a character beyond ASCII. */
  private String writeAlone(AnnotatorStamp stamp, SerializerProvider provider) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator alone = ALONE.createGenerator(out)) {
      bean.serialize(stamp, alone, provider);
    }
    String json = out.toString();
    return json.chars().allMatch(c -> c < 0x80) ? json : "";
  }

  /** Puts {@link StampJson} in front of the bean serializer the mapper makes for {@link AnnotatorStamp}. */
  static final class Modifier extends BeanSerializerModifier {
    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
        JsonSerializer<?> serializer) {
      return description.getBeanClass() == AnnotatorStamp.class
          ? new StampJson((JsonSerializer<Object>) serializer) : serializer;
    }
  }
}
