package dev.chorus.analysis;

import dev.chorus.post.Label;
import dev.chorus.post.Post;
import dev.chorus.post.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A post as the API and {@code chorus search --json} show it: platform, kind and role as their lower-case ids (the
 * values the filters take), every label with its confidence and annotator. The index's stored form is {@code PostJson}, a
 * file format of its own; this is the one view for readers.
 */
public record PostView(
    String id,
    String platform,
    String kind,
    String role,
    String author,
    String authorHandle,
    Instant createdAt,
    Instant editedAt,
    String title,
    String text,
    String lang,
    String url,
    String sharedPostId,
    String replyToId,
    String quotedId,
    List<String> hashtags,
    List<String> mentions,
    List<String> urls,
    dev.chorus.post.Engagement engagement,
    boolean synthetic,
    List<LabelView> labels,
    Provenance provenance) {

  /**
   * One label: the annotation key (lang, frame, stance:target, ...), its value and confidence, rounded to three
   * decimals: more digits than a model's measured accuracy can support only make the output harder to read (the
   * store keeps the exact value); for a calibrated model's label, every class's probability (null otherwise, left out).
   */
  public record LabelView(String key, String value, double confidence, String annotator,
      java.util.Map<String, Double> probabilities) {
    public LabelView {
      confidence = Math.round(confidence * 1000) / 1000.0;
    }
  }

  public static PostView of(Post p) {
    List<LabelView> labels = new ArrayList<>();
    p.annotations().labels().forEach((key, values) -> {
      for (Label l : values) {
        labels.add(new LabelView(key, l.value(), l.confidence(), l.annotator(), l.probabilities()));
      }
    });
    return new PostView(p.id(), p.platform().id(), p.kind().id(), p.role().id(),
        p.author().id(), p.author().handle(), p.createdAt(),
        p.editedAt(), p.title(), p.text(), p.lang(), p.url(), p.sharedPostId(), p.replyToId(), p.quotedId(),
        p.hashtags(), p.mentions(), p.urls(), p.engagement().isEmpty() ? null : p.engagement(), p.synthetic(), labels,
        p.provenance());
  }
}
