package dev.chorus.codebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The codebook of one debate.
 *
 * @param version the codebook's own version (e.g. "2025.1"), recorded with every label made with it
 * @param debate one line naming the debate
 * @param targets debate targets toward which stance is measured
 * @param frames frames (multi-label), with definitions and example phrases per language
 * @param actors organisations, people, places and agreements with aliases per language
 * @param cohorts named groups of accounts (lists and rules)
 * @param events dated events to mark on time series
 */
public record Codebook(
    String version,
    String debate,
    List<Target> targets,
    List<Frame> frames,
    List<Actor> actors,
    List<Cohort> cohorts,
    List<Event> events) {

  public Codebook {
    targets = List.copyOf(targets == null ? List.of() : targets);
    frames = List.copyOf(frames == null ? List.of() : frames);
    actors = List.copyOf(actors == null ? List.of() : actors);
    cohorts = List.copyOf(cohorts == null ? List.of() : cohorts);
    events = List.copyOf(events == null ? List.of() : events);
  }

  public static Codebook empty() {
    return new Codebook("0", "", List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** A debate target; {@code stances} defines favor, against and none for it. */
  public record Target(String id, String name, String description, Map<String, String> stances) {}

  /** A frame; {@code camp} says which side typically uses it (or "any"); examples are keyed by language. */
  public record Frame(String id, String name, String definition, String camp, Map<String, List<String>> examples) {}

  /** An actor; {@code type} is organisation, person, place, agreement or institution; aliases keyed by language. */
  public record Actor(String id, String name, String type, Map<String, List<String>> aliases) {}

  /**
   * A cohort of accounts: explicit members ({@code platform:handle}) and rules (e.g. {@code bio:~diaspora} or
   * {@code domain:presstv.ir}), as the codebook states them.
   */
  public record Cohort(String id, String name, String description, List<String> members, List<String> rules) {}

  /** A dated event. */
  public record Event(String id, LocalDate date, String title, String description) {}
}
