/**
 * News feeds ({@code rss}): RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 documents of news items, statements and open letters,
 * parsed with ROME (https://rometools.github.io/rome/). The mapping follows the RSS 2.0 specification
 * (https://www.rssboard.org/rss-specification), RFC 4287 (Atom) and the Dublin Core elements ROME exposes.
 *
 * <ul>
 *   <li>Every entry becomes an {@link dev.chorus.post.PostKind#ARTICLE} on {@link dev.chorus.post.Platform#NEWS}.
 *   <li>Native id: the entry's {@code guid} (RSS) or {@code id} (Atom), else its {@code link}, else
 *       {@code sha256-} and 16 hex digits of the hash of its title, texts and enclosures (the same entry collected
 *       twice keeps its id). An http(s) id is globally unique already and is kept normalised; any other id
 *       ({@code 12345}, {@code tag:…}, {@code urn:uuid:…}, the content hash) is qualified with the feed's host,
 *       {@code <host>:<id>}, else its title, so two feeds cannot collide.
 *   <li>The feed's host is the host of its {@code <link>} (site), else of its Atom {@code id}, else of the entry's
 *       link, without {@code www.}.
 *   <li>Author: outlets and journalists. A named author ({@code dc:creator}, {@code author}; for an RSS
 *       {@code author} e-mail of the form {@code mail (Name)} the name) gets the id {@code news:<host>/<name>};
 *       without one, the publisher itself speaks: id {@code news:<host>}, handle the host, display name the feed
 *       title.
 *   <li>{@code createdAt} = {@code pubDate}/{@code published}/{@code dc:date} (Atom 0.3: {@code issued}), else
 *       {@code updated}. An entry with none of them is kept, not rejected: its date is the collection time, i.e. the
 *       feed's own date ({@code pubDate}/{@code dc:date}/{@code lastBuildDate} of the channel, {@code updated} of an
 *       Atom feed), else the ingest time, and its provenance is flagged {@code undated}
 *       ({@link dev.chorus.post.Provenance#undated}). {@code editedAt} = the update time when it is later than
 *       publication.
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
 * <p>Reading as feeds are written in the wild, as feedparser does: the encoding comes from the byte-order mark, the
 * bytes of {@code <} in UTF-16/UTF-32, the XML declaration (ISO-8859-1, windows-1252, ...), else UTF-8 (windows-1252
 * when the bytes are not UTF-8) ({@link dev.chorus.source.input.XmlText}); XML that is not well-formed (HTML entities,
 * bare {@code &}, unclosed tags, undeclared prefixes, a declaration after a comment) is recovered with jsoup's
 * lenient parser ({@link dev.chorus.source.feed.FeedXml}), but a file that ends before its root element is closed is
 * refused with the line and column where it ends; shapes ROME does not know (RSS in a namespace or with an unknown
 * version, items without a channel, Atom without its namespace) are brought to the ones it does
 * ({@link dev.chorus.source.feed.FeedShapes}); a feed without entries is no posts and no error.
 *
 * <p>Security: a DOCTYPE that only names a DTD (RSS 0.91's Netscape DOCTYPE) is dropped unread; one whose internal
 * subset declares anything but plain-text entities is refused, and the strict parser refuses any DOCTYPE left, so
 * external entities (XXE) and entity-expansion bombs are refused as a whole feed. The whole document is parsed
 * before any entry is mapped, so a refused feed emits nothing; feeds are small (at most 64 MB).
 */
package dev.chorus.source.feed;
