package dev.chorus.dictionary;

import com.fasterxml.jackson.databind.JavaType;
import dev.chorus.alerts.Alert;
import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.analysis.DimensionCatalog;
import dev.chorus.analysis.FilterWarnings;
import dev.chorus.analysis.PostView;
import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.export.PostCsv;
import dev.chorus.json.JsonConfig;
import dev.chorus.models.ModelCardList;
import dev.chorus.workspace.WorkspaceHealth;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data dictionary of a codebook: the CSV export's columns, then the JSON body of every registered analysis (the
 * route {@code GET /api/ID} and {@code chorus ID --json}), a post ({@code GET /api/posts/ID}), the alerts, the bodies
 * the server builds itself (health, dimensions, model cards) and the coordination network's GEXF file. Built
 * from the code each time (see the package); {@link #missing()} lists fields written without a meaning.
 *
 * @param codebook the codebook whose ids are the values of the label columns (its {@code version})
 * @param sections the files and bodies
 */
public record DataDictionary(String codebook, List<DictionarySection> sections) {

  /** The dictionary with the label columns' values from {@code codebook}. */
  public static DataDictionary of(Codebook codebook) {
    return build(codebook, new JsonFieldWalker(FieldDescriptions.load()));
  }

  /** Keys of fields written without a meaning in {@code fields.properties}: none in a correct build. */
  public static Set<String> missing(Codebook codebook) {
    JsonFieldWalker walker = new JsonFieldWalker(FieldDescriptions.load());
    build(codebook, walker);
    return new TreeSet<>(walker.missing());
  }

  /** Meanings in {@code fields.properties} that describe no field written any more: none in a correct build. */
  public static Set<String> unused(Codebook codebook) {
    FieldDescriptions descriptions = FieldDescriptions.load();
    JsonFieldWalker walker = new JsonFieldWalker(descriptions);
    build(codebook, walker);
    Set<String> unused = descriptions.keys();
    unused.removeAll(walker.used());
    return unused;
  }

  private static DataDictionary build(Codebook codebook, JsonFieldWalker walker) {
    List<DictionarySection> sections = new ArrayList<>();
    sections.add(new DictionarySection("csv", "chorus export --format csv · GET /api/export.csv",
        "One row per post, oldest first, UTF-8 with a byte-order mark; cells a spreadsheet would run as a formula "
            + "start with an apostrophe.", CsvColumns.of(codebook, walker)));
    JavaType warnings = JsonConfig.mapper().getTypeFactory()
        .constructCollectionType(List.class, FilterWarnings.Warning.class);
    for (Analysis<?, ?> a : Analyses.ALL) {
      List<DictionaryField> fields = walker.fields(resultType(a));
      // the filter warnings join an analysis's own warnings where it has some (FilterWarnings.body)
      if (fields.stream().noneMatch(f -> f.name().equals("warnings"))) {
        walker.field("FilterWarnings.warnings", "warnings", warnings, fields, 0);
      }
      sections.add(new DictionarySection(a.id(), "GET /api/" + a.id() + " · chorus " + a.id() + " --json",
          a.summary(), fields));
    }
    sections.add(new DictionarySection("post", "GET /api/posts/{id}", "One post with its labels and provenance.",
        walker.fields(PostView.class)));
    List<DictionaryField> alerts = new ArrayList<>();
    walker.field("api.alerts", "alerts",
        JsonConfig.mapper().getTypeFactory().constructCollectionType(List.class, Alert.class), alerts, 0);
    sections.add(new DictionarySection("alerts", "GET /api/alerts", "The workspace's alerts, newest first.",
        alerts));
    serverBodies(sections, walker);
    sections.add(new DictionarySection("gexf", "chorus coordination --by ... --gexf FILE · --graphml FILE",
        "The coordination network for Gephi (GEXF 1.2, dynamic): a node per account, an undirected edge per pair of "
        + "accounts that co-shared objects within the window; a value a node does not have is left out. The GraphML "
        + "file has the same fields as declared keys (ids n0, n1, ...: the pseudonym is the label; start and end as "
        + "strings).", GexfFields.of(walker)));
    return new DataDictionary(codebook.version(), List.copyOf(sections));
  }

  /** The bodies the server builds beside the analyses: its health, the filters and dimensions, the model cards. */
  private static void serverBodies(List<DictionarySection> sections, JsonFieldWalker walker) {
    sections.add(new DictionarySection("health", "GET /api/health", "Whether the server answers, its version, the "
        + "posts of its workspace, whether coding is on and the workspace's time zone.",
        walker.fields(WorkspaceHealth.class)));
    sections.add(new DictionarySection("dimensions", "GET /api/dimensions", "The filters and label dimensions the "
        + "page builds its form, its address and its choices from, and the time zone parameter.",
        walker.fields(DimensionCatalog.class)));
    sections.add(new DictionarySection("models", "GET /api/models", "The workspace's model cards (key=LABEL_KEY: "
        + "those of one label key); a card is the JSON its training wrote.", walker.fields(ModelCardList.class)));
  }

  /** The {@code R} of {@code Analysis<P, R>}, as the class declares it. */
  static Type resultType(Analysis<?, ?> analysis) {
    for (Type t : analysis.getClass().getGenericInterfaces()) {
      if (t instanceof ParameterizedType p && p.getRawType() == Analysis.class) {
        return p.getActualTypeArguments()[1];
      }
    }
    throw new IllegalStateException(analysis.getClass().getName() + " does not declare its result type");
  }

  /** {@code body} held against the section {@code id}: what it writes that the dictionary does not describe. */
  public BodyCheck check(String id, com.fasterxml.jackson.databind.JsonNode body) {
    return BodyCheck.of(section(id), body);
  }

  /** The section of this id. */
  public DictionarySection section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no dictionary section '" + id + "'"));
  }

  /** The label columns of the CSV export, for their values. */
  static List<Dimension> labelColumns() {
    return PostCsv.LABEL_COLUMNS;
  }
}
