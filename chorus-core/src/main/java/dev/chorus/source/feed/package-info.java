/**
 * News feeds ({@code rss}): RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 documents of news items, statements and open letters,
 * parsed with ROME (https://rometools.github.io/rome/). The mapping follows the RSS 2.0 specification
 * (https://www.rssboard.org/rss-specification), RFC 4287 (Atom) and the Dublin Core elements ROME exposes.
 *
 * <ul>
 *   <li>Every entry becomes an {@link dev.chorus.post.PostKind#ARTICLE} on {@link dev.chorus.post.Platform#NEWS}.
 *   <li>Native id: the entry's {@code guid} (RSS) or {@code id} (Atom), else its {@code link}. An http(s) id is
 *       globally unique already and is kept normalised; any other id ({@code 12345}, {@code tag:…},
 *       {@code urn:uuid:…}) is qualified with the feed's host, {@code <host>:<id>}, so two feeds cannot collide.
 *   <li>The feed's host is the host of its {@code <link>} (site), else of its Atom {@code id}, else of the entry's
 *       link, without {@code www.}.
 *   <li>Author: outlets and journalists. A named author ({@code dc:creator}, {@code author}; for an RSS
 *       {@code author} e-mail of the form {@code mail (Name)} the name) gets the id {@code news:<host>/<name>};
 *       without one, the publisher itself speaks: id {@code news:<host>}, handle the host, display name the feed
 *       title.
 *   <li>{@code createdAt} = {@code pubDate}/{@code published}/{@code dc:date}, else {@code updated}; an entry with
 *       neither is rejected (field {@code pubDate}, or {@code published} for Atom). {@code editedAt} = the update
 *       time when it is later than publication.
 *   <li>Text: the visible text of {@code content:encoded}/Atom {@code content}, else of {@code description}/
 *       {@code summary}; links inside it (resolved against the entry link) and bare URLs go to {@code urls}, the
 *       entry's own link to {@code url} (both normalised); enclosures go to {@code media}. Hashtags and mentions
 *       are taken from the text as written.
 *   <li>Language: the entry's {@code dc:language}, else a {@code lang} attribute on the element that wraps the whole
 *       content (a Persian item in an English feed is marked {@code <div dir="rtl" lang="fa">}), else the feed's
 *       {@code language}/{@code xml:lang}/{@code dc:language}.
 *   <li>Categories are editorial sections and tags chosen by the outlet, not hashtags written by an author; mixing
 *       them into hashtag analyses would distort them, so they are not mapped.
 * </ul>
 *
 * <p>Security: the XML parser refuses any DOCTYPE ({@code SyndFeedInput#setAllowDoctypes(false)}, ROME's default,
 * set explicitly), so external entities (XXE) and entity-expansion bombs are refused as a whole feed. ROME parses
 * the whole document before any entry is mapped, so a truncated feed emits nothing; feeds are small.
 */
package dev.chorus.source.feed;
