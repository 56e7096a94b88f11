package dev.chorus.source.reddit;

import static dev.chorus.source.JsonFields.at;
import static dev.chorus.source.JsonFields.bool;
import static dev.chorus.source.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.PostBuilder;
import dev.chorus.text.UrlNormalizer;
import java.util.Set;

/**
 * Sorts a submission's {@code url} into what it is: a linked page ({@code urls}), Reddit-hosted media
 * ({@code media}), or a link back to Reddit itself (self post, gallery page, crosspost target) that adds nothing.
 */
final class RedditSubmissionLinks {
  private static final Set<String> MEDIA_HOSTS = Set.of("i.redd.it", "v.redd.it", "preview.redd.it");

  private RedditSubmissionLinks() {}

  static void apply(JsonNode d, String permalink, boolean crosspost, PostBuilder b) {
    addGallery(d, b);
    if (bool(d, "is_self")) {
      return;
    }
    String url = RedditMarkdown.unescapeHtml(text(d, "url_overridden_by_dest"));
    if (url == null || url.isBlank()) {
      url = RedditMarkdown.unescapeHtml(text(d, "url"));
    }
    if (url == null || url.isBlank()) {
      return;
    }
    url = url.strip();
    if (url.startsWith("/")) {
      url = RedditThingMapper.REDDIT + url; // crossposts carry a relative url
    }
    String host = UrlNormalizer.domain(url);
    if (host != null && MEDIA_HOSTS.contains(host)) {
      b.addMedia(url);
      return;
    }
    boolean reddit = host != null && (host.equals("reddit.com") || host.endsWith(".reddit.com"));
    String normalized = UrlNormalizer.normalize(url);
    if (reddit && (crosspost || normalized.contains("/gallery/")
        || (permalink != null && normalized.equals(UrlNormalizer.normalize(permalink))))) {
      return;
    }
    b.addUrl(normalized);
  }

  /**
   * Gallery posts list their images in {@code gallery_data.items[].media_id}; {@code media_metadata[id].m} gives the
   * MIME type, and Reddit serves the original at {@code https://i.redd.it/<id>.<ext>}.
   */
  private static void addGallery(JsonNode d, PostBuilder b) {
    JsonNode items = at(d, "gallery_data/items");
    if (items == null || !items.isArray()) {
      return;
    }
    for (JsonNode item : items) {
      String id = text(item, "media_id");
      if (id == null || !id.matches("[A-Za-z0-9]+")) {
        continue;
      }
      String mime = text(d, "media_metadata/" + id + "/m");
      String ext = mime == null || mime.indexOf('/') < 0 ? "jpg" : mime.substring(mime.indexOf('/') + 1);
      b.addMedia("https://i.redd.it/" + id + "." + ext);
    }
  }
}
