package dev.chorus.privacy;

import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.privacy.IdentifierRules.Accounts;
import dev.chorus.privacy.IdentifierRules.TokenRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The one step that removes accounts from a post's ids and links, by the platform's {@link IdentifierRules}: the post's
 * id and native id and the ids it refers to (shared, replied to, quoted) get the accounts inside them replaced by
 * pseudonyms, by a function of the id alone, so that a reply's {@code replyToId} equals its parent's rewritten id
 * whichever file brought either. The permalink and the linked URLs that name an account become the platform's
 * account-free form (X: {@code https://x.com/i/web/status/ID}) or are dropped, since a link with a pseudonym in it
 * leads nowhere; the post's id still identifies it. In text, titles and media references, an account inside a link is
 * replaced in place. Links naming a public figure are kept as they are.
 */
public final class PostIdentifiers {
  private final Accounts accounts;

  public PostIdentifiers(Accounts accounts) {
    this.accounts = accounts;
  }

  /** The post with its ids, references, permalink, links and media freed of the accounts they name. */
  public PostBuilder apply(Post post, PostBuilder b) {
    b.nativeId(nativeId(post.platform(), post.nativeId()));
    b.sharedPostId(reference(post.sharedPostId()));
    b.replyToId(reference(post.replyToId()));
    b.quotedId(reference(post.quotedId()));
    b.url(link(post.url()));
    List<String> urls = new ArrayList<>();
    for (String u : post.urls()) {
      String out = link(u);
      if (out != null && !urls.contains(out)) {
        urls.add(out);
      }
    }
    b.urls(urls);
    List<String> media = new ArrayList<>();
    post.media().forEach(m -> media.add(inText(m)));
    b.media(media);
    return b;
  }

  /** A native post id of a platform with the accounts inside it pseudonymised. */
  public String nativeId(Platform platform, String nativeId) {
    if (nativeId == null) {
      return null;
    }
    String out = tokens(IdentifierRules.DID, nativeId);
    for (TokenRule rule : IdentifierRules.ID_TOKENS.getOrDefault(platform, List.of())) {
      out = tokens(rule, out);
    }
    return out;
  }

  /** A stable id ({@code platform:nativeId}) with the accounts inside it pseudonymised. */
  public String reference(String stableId) {
    if (stableId == null) {
      return null;
    }
    int colon = stableId.indexOf(':');
    String prefix = colon < 0 ? "" : stableId.substring(0, colon);
    for (Platform p : Platform.values()) {
      if (p.id().equals(prefix)) {
        return prefix + ":" + nativeId(p, stableId.substring(colon + 1));
      }
    }
    return tokens(IdentifierRules.DID, stableId);
  }

  /**
   * A link as a post keeps it: unchanged when it names no account (or a public figure), the account-free form of a
   * post link where the platform has one, else null (dropped).
   */
  public String link(String url) {
    if (url == null) {
      return null;
    }
    LinkMatch m = LinkMatch.in(url);
    if (m == null) {
      return tokens(IdentifierRules.DID, url);
    }
    if (accounts.isPublic(m.rule().platform(), m.account())) {
      return url;
    }
    return m.accountFree();
  }

  /** Free text (or a media reference) with the accounts inside its links and any DID replaced in place. */
  public String inText(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return tokens(IdentifierRules.DID, linksInText(text));
  }

  /** The text with the accounts in its links replaced; the same text when no link names one (most links do not). */
  private String linksInText(String text) {
    LinksInText links = new LinksInText(text);
    StringBuilder out = null;
    int copied = 0;
    while (links.next()) {
      String link = text.substring(links.start(), links.end());
      String shown = linkInText(link);
      if (!shown.equals(link)) {
        out = out == null ? new StringBuilder(text.length() + 16) : out;
        out.append(text, copied, links.start()).append(shown);
        copied = links.end();
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private String linkInText(String link) {
    LinkMatch m = LinkMatch.in(link);
    if (m == null || accounts.isPublic(m.rule().platform(), m.account())) {
      return link;
    }
    String free = m.accountFree();
    if (free != null) {
      return free;
    }
    return link.substring(0, m.start()) + accounts.pseudonym(m.rule().platform(), m.kind(), m.account())
        + link.substring(m.end());
  }

  private String tokens(TokenRule rule, String s) {
    if (!rule.mayMatch(s)) {
      return s;
    }
    Matcher m = rule.pattern().matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    do {
      String account = m.group("acct");
      String shown = accounts.isPublic(rule.platform(), account) ? account
          : accounts.pseudonym(rule.platform(), rule.kind(), account);
      m.appendReplacement(sb, Matcher.quoteReplacement(s.substring(m.start(), m.start("acct")) + shown
          + s.substring(m.end("acct"), m.end())));
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }
}
