package dev.chorus.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mutable builder for {@link Post}; sources fill it field by field while reading one record. */
public final class PostBuilder {
  private final Platform platform;
  private String nativeId;
  private PostKind kind = PostKind.POST;
  private PostRole role = PostRole.COLLECTED;
  private Author author;
  private Instant createdAt;
  private Instant editedAt;
  private String title;
  private String text = "";
  private String lang;
  private String url;
  private String sharedPostId;
  private String replyToId;
  private String quotedId;
  private List<String> hashtags = new ArrayList<>();
  private List<String> mentions = new ArrayList<>();
  private List<String> urls = new ArrayList<>();
  private List<String> media = new ArrayList<>();
  private Engagement engagement = Engagement.NONE;
  private boolean synthetic;
  private Provenance provenance;
  private Annotations annotations = Annotations.EMPTY;

  PostBuilder(Platform platform, String nativeId) {
    this.platform = platform;
    this.nativeId = nativeId;
  }

  static PostBuilder from(Post p) {
    PostBuilder b = new PostBuilder(p.platform(), p.nativeId());
    b.kind = p.kind();
    b.role = p.role();
    b.author = p.author();
    b.createdAt = p.createdAt();
    b.editedAt = p.editedAt();
    b.title = p.title();
    b.text = p.text();
    b.lang = p.lang();
    b.url = p.url();
    b.sharedPostId = p.sharedPostId();
    b.replyToId = p.replyToId();
    b.quotedId = p.quotedId();
    b.hashtags = new ArrayList<>(p.hashtags());
    b.mentions = new ArrayList<>(p.mentions());
    b.urls = new ArrayList<>(p.urls());
    b.media = new ArrayList<>(p.media());
    b.engagement = p.engagement();
    b.synthetic = p.synthetic();
    b.provenance = p.provenance();
    b.annotations = p.annotations();
    return b;
  }

  /** Another native id for the same post (the privacy step rewrites ids that name an account); not blank. */
  public PostBuilder nativeId(String v) { nativeId = v; return this; }
  public PostBuilder kind(PostKind v) { kind = v; return this; }
  public PostBuilder role(PostRole v) { role = v; return this; }

  /** Marks the post as context shipped along with the collected ones ({@link PostRole#REFERENCED}). */
  public PostBuilder referenced() { role = PostRole.REFERENCED; return this; }
  public PostBuilder author(Author v) { author = v; return this; }
  public PostBuilder createdAt(Instant v) { createdAt = v; return this; }
  public PostBuilder editedAt(Instant v) { editedAt = v; return this; }
  public PostBuilder title(String v) { title = v; return this; }
  public PostBuilder text(String v) { text = v; return this; }
  public PostBuilder lang(String v) { lang = v; return this; }
  public PostBuilder url(String v) { url = v; return this; }
  public PostBuilder sharedPostId(String v) { sharedPostId = v; return this; }
  public PostBuilder replyToId(String v) { replyToId = v; return this; }
  public PostBuilder quotedId(String v) { quotedId = v; return this; }
  public PostBuilder hashtags(List<String> v) { hashtags = new ArrayList<>(v); return this; }
  public PostBuilder mentions(List<String> v) { mentions = new ArrayList<>(v); return this; }
  public PostBuilder urls(List<String> v) { urls = new ArrayList<>(v); return this; }
  public PostBuilder media(List<String> v) { media = new ArrayList<>(v); return this; }
  public PostBuilder engagement(Engagement v) { engagement = v; return this; }
  public PostBuilder synthetic(boolean v) { synthetic = v; return this; }
  public PostBuilder provenance(Provenance v) { provenance = v; return this; }
  public PostBuilder annotations(Annotations v) { annotations = v; return this; }

  public PostBuilder addHashtag(String v) { addDistinct(hashtags, v); return this; }
  public PostBuilder addMention(String v) { addDistinct(mentions, v); return this; }
  public PostBuilder addUrl(String v) { addDistinct(urls, v); return this; }
  public PostBuilder addMedia(String v) { addDistinct(media, v); return this; }

  private static void addDistinct(List<String> list, String v) {
    if (v != null && !v.isBlank() && !list.contains(v)) {
      list.add(v);
    }
  }

  public Post build() {
    return new Post(null, platform, nativeId, kind, role, author, createdAt, editedAt, title, text, lang, url,
        sharedPostId, replyToId, quotedId, hashtags, mentions, urls, media, engagement, synthetic, provenance,
        annotations);
  }
}
