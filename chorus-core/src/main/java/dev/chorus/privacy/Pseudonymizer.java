package dev.chorus.privacy;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.text.TextEntities;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces account ids and handles by keyed pseudonyms before a post reaches the store: the one privacy step of the
 * ingest path ({@link #apply}), for every source alike. Author, mentions and {@code @handles} in text here; accounts
 * inside ids and links by the platforms' {@link IdentifierRules} ({@link PostIdentifiers}).
 *
 * <p>Account ids become {@code u_} + 16 hex digits of HMAC-SHA256(key, platform + ":id:" + id); handles become
 * {@code h_} + 16 hex digits of HMAC-SHA256(key, platform + ":handle:" + lower-case handle). Handles and mentions are
 * hashed the same way, so "posts that mention account B" and "posts by B" stay linkable without naming B. Public
 * figures keep their handle and display name. With a {@link RevealLedger}, every pseudonym made is noted there so
 * that the key's holder can reveal it. Thread-safe.
 */
public final class Pseudonymizer implements IdentifierRules.Accounts {
  private static final Pattern REDDIT_USER = Pattern.compile("(?<![\\p{L}\\p{N}_])(/?u/)([A-Za-z0-9_-]{3,20})");

  private final SecretKeySpec keySpec;
  private final PublicFigures publicFigures;
  private final ThreadLocal<PseudonymHasher> hashers;
  private final RevealLedger ledger;
  private final PostIdentifiers identifiers = new PostIdentifiers(this);

  public Pseudonymizer(PseudonymKey key, PublicFigures publicFigures) {
    this(key, publicFigures, null);
  }

  /** {@code ledger}: where the pseudonyms made are noted for {@code chorus reveal}, or null. */
  public Pseudonymizer(PseudonymKey key, PublicFigures publicFigures, RevealLedger ledger) {
    this.keySpec = new SecretKeySpec(key.bytes(), "HmacSHA256");
    this.publicFigures = publicFigures;
    this.hashers = ThreadLocal.withInitial(() -> new PseudonymHasher(newMac(), ledger));
    this.ledger = ledger;
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
    // a null id was hashed as "null" by the input's concatenation, and still is
    return hashers.get().pseudonym(platformId, IdentifierRules.Kind.ID, String.valueOf(accountId));
  }

  public String handlePseudonym(String platformId, String handle) {
    return hashers.get().pseudonym(platformId, IdentifierRules.Kind.HANDLE, handle);
  }

  /** Writes the pseudonyms made so far to the reveal ledger, if there is one (before a store commit). */
  public void flushLedger() throws java.io.IOException {
    if (ledger != null) {
      ledger.flush();
    }
  }

  public boolean isPublic(String platformId, String handle) {
    return publicFigures.contains(platformId, handle);
  }

  @Override
  public boolean isPublic(Platform platform, String account) {
    return isPublic(platform.id(), account);
  }

  @Override
  public String pseudonym(Platform platform, IdentifierRules.Kind kind, String account) {
    return kind == IdentifierRules.Kind.ID ? accountPseudonym(platform.id(), account)
        : handlePseudonym(platform.id(), account);
  }

  /** Accounts inside ids and links ({@link PostIdentifiers}), by the rules every platform declares. */
  public PostIdentifiers identifiers() {
    return identifiers;
  }

  /** The post with its author, mentions, handles in text and title, and accounts in ids and links pseudonymised. */
  public Post apply(Post post) {
    String platform = post.platform().id();
    Author a = post.author();
    Author author;
    if (isPublic(platform, a.handle()) || isPublic(platform, a.id())) {
      author = a.handle() == null ? Author.of(a.id(), a.id(), a.displayName()) : a;
    } else {
      String handle = a.handle() == null ? null : handlePseudonym(platform, a.handle());
      author = Author.of(accountPseudonym(platform, a.id()), handle, null);
    }
    List<String> mentions = new ArrayList<>();
    for (String m : post.mentions()) {
      String p = isPublic(platform, m) ? m : handlePseudonym(platform, m);
      mentions.add(p);
    }
    PostBuilder b = identifiers.apply(post, post.toBuilder().author(author).mentions(mentions));
    b.text(identifiers.inText(scrubText(platform, post.text())));
    b.title(post.title() == null ? null : identifiers.inText(scrubText(platform, post.title())));
    return b.build();
  }

  /** Replaces every {@code @handle} and Reddit {@code u/name} in free text by its pseudonym, unless public. */
  public String scrubText(String platformId, String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    // each regex runs only on a text that holds the literal all its matches hold
    String out = text.indexOf('@') < 0 ? text : replaceMatches(TextEntities.MENTION, text, platformId, "@");
    return out.contains("u/") ? replaceMatches(REDDIT_USER, out, platformId, null) : out;
  }

  /** The handles {@code pattern} finds in {@code text} replaced, by appends: the replacement is no template. */
  private String replaceMatches(Pattern pattern, String text, String platformId, String fixedPrefix) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int copied = 0;
    while (m.find()) {
      String prefix = fixedPrefix != null ? fixedPrefix : m.group(1);
      String handle = m.group(fixedPrefix != null ? 1 : 2);
      String shown = isPublic(platformId, handle) ? handle : handlePseudonym(platformId, handle);
      sb.append(text, copied, m.start()).append(prefix).append(shown);
      copied = m.end();
    }
    return sb.append(text, copied, text.length()).toString();
  }
}
