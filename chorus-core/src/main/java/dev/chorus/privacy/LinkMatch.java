package dev.chorus.privacy;

import dev.chorus.privacy.IdentifierRules.Kind;
import dev.chorus.privacy.IdentifierRules.LinkRule;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * An account found in a link by the platforms' {@link IdentifierRules#LINKS}: where it is in the link, the handle or id
 * it names, the post it links to.
 */
record LinkMatch(LinkRule rule, Kind kind, int start, int end, String account, String post) {
  /** The account named by a link, or null when the link names none. */
  static LinkMatch in(String link) {
    LinkParts m = LinkParts.of(link);
    if (m == null || m.path() == null) {
      return null;
    }
    String host = m.host();
    for (LinkRule rule : IdentifierRules.LINKS) {
      if (!rule.matchesHost(host)) {
        continue;
      }
      if (!rule.mayMatchPath(m.path())) {
        return null; // as when the path regex below does not match
      }
      Matcher p = rule.path().matcher(m.path());
      if (!p.lookingAt()) {
        return null; // a platform's own host whose path names no account: no other rule applies
      }
      String acct = p.group("acct"); // named groups are looked up by name: each once
      if (rule.reserved().contains(acct.toLowerCase(Locale.ROOT)) || IdentifierRules.isPseudonym(acct)) {
        return null; // a page of the site, or a pseudonym
      }
      int start = m.pathStart() + p.start("acct");
      String domain = rule.qualify() ? p.group("domain") : null;
      String account = !rule.qualify() ? acct : acct + "@" + (domain != null ? domain : host);
      int end = domain != null ? m.pathStart() + p.end("domain") : start + acct.length();
      Kind kind = account.startsWith("did:") ? Kind.ID : rule.kind();
      // a rule without a post group (Reddit's user links) has no post to name; asking for it would throw
      return new LinkMatch(rule, kind, start, end, account, rule.namesPost() ? p.group("post") : null);
    }
    return null;
  }

  /** The post link without the account, or null when the link is no post link or the platform has no such form. */
  String accountFree() {
    return post == null || rule.accountFree() == null ? null : rule.accountFree() + post;
  }
}
