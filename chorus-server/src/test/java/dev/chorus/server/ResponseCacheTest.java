package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  @Test
  void anAnswerIsServedOnlyForTheStoreGenerationItWasComputedFor() {
    ResponseCache cache = new ResponseCache(1 << 20);
    byte[] old = {1};
    cache.put(7, "/api/health?{}", old);
    assertThat(cache.get(7, "/api/health?{}")).isSameAs(old);
    assertThat(cache.get(8, "/api/health?{}")).as("after a commit").isNull();
    cache.put(7, "/api/health?{}", old); // a slow request that read the older generation
    assertThat(cache.get(8, "/api/health?{}")).isNull();
  }
}
