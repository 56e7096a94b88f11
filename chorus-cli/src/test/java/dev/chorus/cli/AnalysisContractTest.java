package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.analysis.InvalidParameterException;
import dev.chorus.analysis.Parameter;
import dev.chorus.analysis.ParameterValues;
import dev.chorus.json.JsonConfig;
import dev.chorus.server.ChorusServer;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.PostStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every registered analysis promises: parameters named in snake_case, not clashing with the filters, with
 * defaults inside their range or choices; each one an API parameter in the OpenAPI document (with that default) and a
 * CLI option of the same name with dashes and the same help; a value out of range refused by both, naming it.
 */
class AnalysisContractTest {
  @Test
  void parametersAreSnakeCaseWithDefaultsInRange() {
    for (Analysis<?, ?> a : Analyses.ALL) {
      assertThat(a.id()).matches("[a-z]+");
      assertThat(a.summary()).isNotBlank();
      for (Parameter p : a.parameters()) {
        String what = a.id() + "." + p.name();
        assertThat(p.name()).as(what).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
        assertThat(PostQueryParser.FILTERS).as(what + " is not a filter").noneMatch(f -> f.name().equals(p.name()));
        assertThat(p.description()).as(what).isNotBlank();
        Object d = p.defaultValue();
        if (d != null) {
          assertThat(p.parse(String.valueOf(d))).as(what + " default reads back").isEqualTo(d);
        }
        if (d instanceof Number n) {
          assertThat(n.doubleValue()).as(what).isBetween(p.min(), p.max());
        }
        if (p.type() == Parameter.Type.CHOICE) {
          assertThat(p.choices()).as(what).isNotEmpty();
          if (d != null) {
            assertThat(p.choices()).as(what).contains((String) d);
          }
        }
      }
      // the defaults make valid parameters on their own, unless a parameter without default is required
      try {
        a.parameters(ParameterValues.defaults(a.parameters()));
      } catch (InvalidParameterException e) {
        assertThat(e.parameter().defaultValue()).as(a.id() + " refuses its own defaults: " + e.getMessage()).isNull();
        assertThat(e.getMessage()).as(a.id()).contains("required");
      }
    }
  }

  @Test
  void everyParameterIsACliOptionWithTheSameHelp() {
    CommandLine cli = CommandTree.whole(CliRun.TEST_ENV, Analyses.ALL);
    for (Analysis<?, ?> a : Analyses.ALL) {
      CommandSpec verb = cli.getSubcommands().get(a.id()).getCommandSpec();
      assertThat(verb.findOption("--json")).as(a.id()).isNotNull();
      assertThat(verb.findOption("--q")).as(a.id() + " takes the filter q as --q").isNotNull();
      for (Parameter p : a.parameters()) {
        OptionSpec option = verb.findOption(p.option());
        assertThat(option).as(a.id() + " " + p.option()).isNotNull();
        assertThat(String.join(" ", option.description())).isEqualTo(p.help());
      }
    }
  }

  @Test
  void everyParameterIsInTheOpenApiDocumentWithItsDefault() throws Exception {
    DemoSample sample = DemoSample.get();
    JsonNode doc;
    try (PostStore store = sample.workspace.openStore(false); ChorusServer server = sample.server(store)) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(server.url() + "api/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
      doc = JsonConfig.mapper().readTree(r.body());
    }
    for (Analysis<?, ?> a : Analyses.ALL) {
      JsonNode op = doc.path("paths").path("/api/" + a.id()).path("get");
      assertThat(op.isMissingNode()).as("/api/" + a.id()).isFalse();
      Map<String, JsonNode> byName = new HashMap<>();
      op.get("parameters").forEach(p -> byName.put(p.get("name").asText(), p));
      assertThat(byName).as(a.id() + " takes the filters").containsKeys("q", "lang", "since");
      for (Parameter p : a.parameters()) {
        JsonNode schema = byName.get(p.name()).get("schema");
        assertThat(schema.get("type").asText()).as(a.id() + "." + p.name()).isEqualTo(p.type().openApi());
        if (p.defaultValue() != null) {
          assertThat(schema.get("default").asText()).isEqualTo(String.valueOf(p.defaultValue()));
        }
      }
    }
  }

  @Test
  void aValueOutOfRangeIsRefusedNamingTheOption() {
    DemoSample sample = DemoSample.get();
    CliRun r = sample.run("trends", "--min-count", "0");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--min-count must be between 1 and 1000000, not 0");
    assertThat(sample.run("cohorts", "--interval", "year").err()).contains("--interval must be one of hour, day, week");
    assertThat(sample.run("coordination", "--by", "url", "--min-weight", "2", "--weight-quantile", "0.5").err())
        .contains("--weight-quantile");
    assertThat(sample.run("top").err()).contains("--by is required: one of");
    assertThatThrownBy(() -> Analyses.byId("nope")).hasMessageContaining("stats");
  }
}
