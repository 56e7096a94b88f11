package dev.chorus.post;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The one JSON form of a {@link Post}: stored in the index, written by exports and the API, compared by golden tests.
 * Instances are thread-safe (their only state is a cache of immutable values).
 */
public final class PostJson {
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;
  private final ObjectWriter bodyWriter;
  private final ObjectReader reader;
  private final ObjectWriter provenanceWriter;
  private final ObjectReader provenanceReader;
  /** Immutable, shared by the threads that store posts without a lock: each reads a whole template or another. */
  private volatile ProvenanceTemplate lastProvenance;

  public PostJson() {
    // the index's stored form of a post, a file format of its own (camelCase, as stored since the first index);
    // output for readers is PostView through JsonConfig
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        // instants as the time module writes them (Instant.toString), cheaper; registered after it, so it wins
        .addModule(new SimpleModule().addSerializer(Instant.class, new IsoInstants.Serializer()))
        // the few stamps every post carries, from a copy of their JSON
        .addModule(new SimpleModule().setSerializerModifier(new StampJson.Modifier()))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    writer = mapper.writerFor(Post.class);
    // the same mapper, told to leave the provenance out: the stored body without a copy of the post to drop it
    bodyWriter = mapper.copy().addMixIn(Post.class, WithoutProvenance.class).writerFor(Post.class);
    prettyWriter = writer.withDefaultPrettyPrinter();
    reader = mapper.readerFor(Post.class);
    provenanceWriter = mapper.writerFor(Provenance.class);
    provenanceReader = mapper.readerFor(Provenance.class);
  }

  /**
   * The provenance as JSON. The posts of one input differ only in their record number, so the JSON around the number
   * is kept from the last call ({@link ProvenanceTemplate}): the writer runs once an input, not once a post.
   */
  public String writeProvenance(Provenance provenance) {
    ProvenanceTemplate template = lastProvenance;
    if (template == null || !template.fits(provenance)) {
      template = ProvenanceTemplate.of(provenance, this::writeProvenanceWhole);
      lastProvenance = template;
    }
    return template.write(provenance);
  }

  /** What {@link #writeProvenance} gives, from the writer each time. */
  String writeProvenanceWhole(Provenance provenance) {
    try {
      return provenanceWriter.writeValueAsString(provenance);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Provenance readProvenance(String json) {
    try {
      return provenanceReader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String write(Post post) {
    try {
      return writer.writeValueAsString(post);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String writePretty(Post post) {
    try {
      return prettyWriter.writeValueAsString(post);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] writeBytes(Post post) {
    try {
      return writer.writeValueAsBytes(post);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@link #writeBytes} gives of the post with its provenance null (the index's stored body). */
  public byte[] writeBytesWithoutProvenance(Post post) {
    try {
      return bodyWriter.writeValueAsBytes(post);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Leaves a post's provenance out of its JSON. */
  @JsonIgnoreProperties("provenance")
  private abstract static class WithoutProvenance {}

  public Post read(byte[] json) {
    try {
      return reader.readValue(json);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Post read(String json) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
