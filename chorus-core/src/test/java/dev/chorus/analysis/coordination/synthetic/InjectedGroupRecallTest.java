package dev.chorus.analysis.coordination.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.coordination.CoordinationReport;
import dev.chorus.analysis.coordination.CoordinationRequest;
import dev.chorus.analysis.coordination.CoordinationService;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.network.CoordinatedGroup;
import dev.chorus.post.Post;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class InjectedGroupRecallTest {
  private static final InjectedGroupGenerator GENERATOR = new InjectedGroupGenerator(InjectedGroupScenario.small(11));

  @ParameterizedTest
  @EnumSource(ObjectKind.class)
  void theInjectedGroupIsFoundAsOneGroupWithFewOrganicAccounts(ObjectKind by) throws IOException {
    CoordinationReport report = new CoordinationService().analyse(GENERATOR::forEach, CoordinationRequest.of(by));
    Set<String> injected = GENERATOR.injectedAccounts();
    CoordinatedGroup best = report.groups().stream()
        .max(java.util.Comparator.comparingLong(g -> g.accounts().stream().filter(injected::contains).count()))
        .orElseThrow();
    long found = best.accounts().stream().filter(injected::contains).count();
    long organic = best.accounts().size() - found;
    assertThat((double) found / injected.size()).as("recall of injected accounts by %s", by).isGreaterThanOrEqualTo(0.9);
    assertThat(organic).as("organic accounts in the injected group by %s", by).isLessThanOrEqualTo(1);
    assertThat(best.examplePostIds()).isNotEmpty();
    assertThat(best.languages()).containsKey("en");
  }

  @Test
  void theSameSeedGivesTheSamePostsAllMarkedSynthetic() {
    List<Post> one = new ArrayList<>();
    List<Post> two = new ArrayList<>();
    GENERATOR.forEach(one::add);
    new InjectedGroupGenerator(InjectedGroupScenario.small(11)).forEach(two::add);
    assertThat(one).isEqualTo(two).allMatch(Post::synthetic);
    Set<String> authors = new HashSet<>();
    one.forEach(p -> authors.add(p.author().id()));
    assertThat(authors).containsAll(GENERATOR.injectedAccounts());
    assertThat(one.size()).isGreaterThan((int) GENERATOR.organicPosts());
  }
}
