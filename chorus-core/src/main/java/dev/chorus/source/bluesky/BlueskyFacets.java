package dev.chorus.source.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.JsonFields;
import dev.chorus.text.UrlNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The mentions, hashtags and links of a post's rich-text facets ({@code app.bsky.richtext.facet}).
 *
 * <p>A facet's {@code index} counts UTF-8 bytes, not Java chars: before a mention, every Persian letter is 2 bytes and
 * an emoji 4, so slicing the Java string would cut the wrong text. We slice the text's UTF-8 bytes instead.
 *
 * @param mentions mentioned handles as written (lower-cased, without '@'), or the DID when the slice is no handle
 * @param hashtags tags without '#'
 * @param links normalised link targets
 */
record BlueskyFacets(List<String> mentions, List<String> hashtags, List<String> links) {
  private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  static BlueskyFacets of(String text, JsonNode facets) {
    List<String> mentions = new ArrayList<>();
    List<String> hashtags = new ArrayList<>();
    List<String> links = new ArrayList<>();
    if (facets == null || !facets.isArray()) {
      return new BlueskyFacets(mentions, hashtags, links);
    }
    byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    for (JsonNode facet : facets) {
      JsonNode features = JsonFields.at(facet, "features");
      if (features == null || !features.isArray()) {
        continue;
      }
      for (JsonNode feature : features) {
        String type = JsonFields.text(feature, "$type");
        if (type == null) {
          continue;
        }
        if (type.endsWith("#mention")) {
          addDistinct(mentions, mention(slice(bytes, facet), JsonFields.text(feature, "did")));
        } else if (type.endsWith("#tag")) {
          String tag = JsonFields.text(feature, "tag");
          addDistinct(hashtags, tag == null ? null : tag.replaceFirst("^[#＃]", ""));
        } else if (type.endsWith("#link")) {
          String uri = JsonFields.text(feature, "uri");
          addDistinct(links, uri == null ? null : UrlNormalizer.normalize(uri));
        }
      }
    }
    return new BlueskyFacets(mentions, hashtags, links);
  }

  /** The handle written in the text, else the DID the facet points at. */
  private static String mention(String slice, String did) {
    String handle = slice == null ? "" : slice.strip().replaceFirst("^@", "");
    return HANDLE.matcher(handle).matches() ? handle.toLowerCase(Locale.ROOT) : did;
  }

  /** The text between the facet's byte offsets, or null when they do not fit the text. */
  private static String slice(byte[] bytes, JsonNode facet) {
    Long start = JsonFields.number(facet, "index/byteStart");
    Long end = JsonFields.number(facet, "index/byteEnd");
    if (start == null || end == null || start < 0 || end > bytes.length || start >= end) {
      return null;
    }
    return new String(bytes, start.intValue(), (int) (end - start), StandardCharsets.UTF_8);
  }

  private static void addDistinct(List<String> list, String v) {
    if (v != null && !v.isBlank() && !list.contains(v)) {
      list.add(v);
    }
  }
}
