package dev.chorus.alerts;

import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.views.SavedView;
import dev.chorus.views.SavedViews;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code view:} rules of {@code alerts.yaml}: a saved view's posts per interval reaching a threshold. The view is
 * looked up when the rules are read, so a rule naming a view that is not saved is refused then, with the known names,
 * rather than silently never firing.
 */
final class ViewRules {
  static final String VIEW = "view";

  private ViewRules() {}

  static AlertRule rule(String where, RuleFields f, Path workspace) throws IOException {
    f.onlyKeys("id", VIEW, "threshold", "interval", "recent");
    String id = f.id();
    String name = f.text(VIEW, null);
    SavedViews views = SavedViews.load(workspace);
    SavedView view = views.find(name).orElseThrow(() -> new IllegalArgumentException(where + ": view: expected "
        + "the name of a saved view (known: " + views.known() + "); found " + (name == null ? "nothing" : "'" + name
        + "'")));
    if (f.text("threshold", null) == null) {
      throw new IllegalArgumentException(where + ": threshold: expected the number of posts that fires (50); found "
          + "nothing");
    }
    AlertRule.ViewVolume volume = new AlertRule.ViewVolume(view, f.whole("threshold", 1, 1));
    return new AlertRule(id, VIEW, f.interval(), BurstDetector.DEFAULT, f.whole("recent", 1, 1), volume);
  }
}
