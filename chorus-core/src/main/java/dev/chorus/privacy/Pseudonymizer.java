package dev.chorus.privacy;

import dev.chorus.post.Author;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.text.TextEntities;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces account ids and handles by keyed pseudonyms before a post reaches the store.
 *
 * <p>Account ids become {@code u_} + 16 hex digits of HMAC-SHA256(key, platform + ":id:" + id); handles become
 * {@code h_} + 16 hex digits of HMAC-SHA256(key, platform + ":handle:" + lower-case handle). Handles and mentions are
 * hashed the same way, so "posts that mention account B" and "posts by B" stay linkable without naming B. Public
 * figures keep their handle and display name. Thread-safe.
 */
public final class Pseudonymizer {
  private static final Pattern REDDIT_USER = Pattern.compile("(?<![\\p{L}\\p{N}_])(/?u/)([A-Za-z0-9_-]{3,20})");

  private final SecretKeySpec keySpec;
  private final PublicFigures publicFigures;
  private final ThreadLocal<Mac> macs;

  public Pseudonymizer(PseudonymKey key, PublicFigures publicFigures) {
    this.keySpec = new SecretKeySpec(key.bytes(), "HmacSHA256");
    this.publicFigures = publicFigures;
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(keySpec);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  public String accountPseudonym(String platformId, String accountId) {
    return "u_" + hmac(platformId + ":id:" + accountId);
  }

  public String handlePseudonym(String platformId, String handle) {
    return "h_" + hmac(platformId + ":handle:" + handle.toLowerCase(Locale.ROOT));
  }

  public boolean isPublic(String platformId, String handle) {
    return publicFigures.contains(platformId, handle);
  }

  private String hmac(String value) {
    byte[] digest = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  /** The post with its author, mentions, and handles inside text, title and URLs pseudonymised. */
  public Post apply(Post post) {
    String platform = post.platform().id();
    Author a = post.author();
    Map<String, String> replacements = new LinkedHashMap<>();
    Author author;
    if (isPublic(platform, a.handle()) || isPublic(platform, a.id())) {
      author = a.handle() == null ? Author.of(a.id(), a.id(), a.displayName()) : a;
    } else {
      String handle = a.handle() == null ? null : handlePseudonym(platform, a.handle());
      if (a.handle() != null) {
        replacements.put(a.handle(), handle);
      }
      author = Author.of(accountPseudonym(platform, a.id()), handle, null);
    }
    List<String> mentions = new ArrayList<>();
    for (String m : post.mentions()) {
      String p = isPublic(platform, m) ? m : handlePseudonym(platform, m);
      if (!p.equals(m)) {
        replacements.put(m, p);
      }
      mentions.add(p);
    }
    PostBuilder b = post.toBuilder().author(author).mentions(mentions);
    b.text(scrubText(platform, post.text()));
    b.title(post.title() == null ? null : scrubText(platform, post.title()));
    b.url(replaceIn(post.url(), replacements));
    List<String> urls = new ArrayList<>();
    post.urls().forEach(u -> urls.add(replaceIn(u, replacements)));
    b.urls(urls);
    return b.build();
  }

  /** Replaces every {@code @handle} and Reddit {@code u/name} in free text by its pseudonym, unless public. */
  public String scrubText(String platformId, String text) {
    if (text == null || text.isEmpty() || (text.indexOf('@') < 0 && !text.contains("u/"))) {
      return text;
    }
    String out = replaceMatches(TextEntities.MENTION.matcher(text), platformId, "@");
    return replaceMatches(REDDIT_USER.matcher(out), platformId, null);
  }

  private String replaceMatches(Matcher m, String platformId, String fixedPrefix) {
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String prefix = fixedPrefix != null ? fixedPrefix : m.group(1);
      String handle = m.group(fixedPrefix != null ? 1 : 2);
      String shown = isPublic(platformId, handle) ? handle : handlePseudonym(platformId, handle);
      m.appendReplacement(sb, Matcher.quoteReplacement(prefix + shown));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String replaceIn(String url, Map<String, String> replacements) {
    if (url == null) {
      return null;
    }
    String out = url;
    String lower = url.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : replacements.entrySet()) {
      if (!lower.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        continue; // the common case: no regex needed
      }
      out = out.replaceAll("(?i)(?<=/|@)" + Pattern.quote(e.getKey()) + "(?=/|$|\\?)",
          Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }
}
