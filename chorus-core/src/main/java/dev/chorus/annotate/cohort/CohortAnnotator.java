package dev.chorus.annotate.cohort;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import dev.chorus.text.UrlNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels a post with the cohorts of its author. Members are matched on the pseudonymised handle (the codebook lists
 * real handles; they are hashed with the workspace key when the annotator is built, so no handle is compared or
 * stored in clear), public figures on their handle, and {@code domain:} rules on the post's permalink domain (news
 * outlets). Confidence is 1.0: membership is a listed fact, not an inference.
 */
public final class CohortAnnotator implements Annotator {
  public static final AnnotationKey KEY = AnnotationKey.of("cohort");

  private final Map<String, Set<String>> membersByCohort;
  private final Map<String, Set<String>> domainsByCohort;
  private final AnnotatorInfo info;

  CohortAnnotator(Map<String, Set<String>> membersByCohort, Map<String, Set<String>> domainsByCohort, String hash) {
    this.membersByCohort = Map.copyOf(membersByCohort);
    this.domainsByCohort = Map.copyOf(domainsByCohort);
    this.info = new AnnotatorInfo("cohort", "1", hash, Set.of(), Set.of(), Set.of(KEY));
  }

  @Override
  public AnnotatorInfo info() {
    return info;
  }

  @Override
  public Annotations annotate(Post post, Annotations current) {
    String handle = post.author().handle();
    String key = handle == null ? null : post.platform().id() + ":" + handle.toLowerCase(java.util.Locale.ROOT);
    String domain = post.url() == null ? null : UrlNormalizer.domain(post.url());
    List<Label> labels = new ArrayList<>();
    membersByCohort.forEach((cohort, members) -> {
      if (key != null && members.contains(key)) {
        labels.add(new Label(cohort, 1.0, id()));
      }
    });
    domainsByCohort.forEach((cohort, domains) -> {
      if (domain != null && domains.contains(domain) && labels.stream().noneMatch(l -> l.value().equals(cohort))) {
        labels.add(new Label(cohort, 1.0, id()));
      }
    });
    labels.sort(java.util.Comparator.comparing(Label::value));
    return current.with(KEY, labels, stamp(), null);
  }
}
