package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.RevealLedger;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus reveal ID...}: what pseudonyms stand for, for the holder of the pseudonym key. The only place raw
 * identifiers come back: it reads the workspace's encrypted ledger ({@link RevealLedger}) with the key; without the
 * key, or with another, nothing is revealed.
 */
@Command(name = "reveal", description = "Show the account identifier behind a pseudonym (u_..., h_...) or behind "
    + "the pseudonyms inside a post id or link; needs the pseudonym key the workspace was ingested with.")
final class RevealCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON array: input, revealed text, pseudonyms and identifiers.")
  boolean json;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Pseudonyms, or post ids or links holding them.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    if (!Files.isDirectory(ws.root())) {
      throw new IllegalArgumentException("no workspace at " + ws.root() + ": run 'chorus ingest FILES' first");
    }
    RevealLedger ledger = ws.revealLedger(PseudonymKey.loadExisting(parent.env));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<RevealLedger.Revealed> all = new ArrayList<>();
    for (String id : ids) {
      RevealLedger.Revealed r = ledger.revealIn(id);
      if (r.entries().isEmpty() && r.unknown().isEmpty()) {
        throw new IllegalArgumentException("'" + id + "' holds no pseudonym (u_ or h_ and 16 hex digits)");
      }
      all.add(r);
    }
    int code = ExitCodes.OK;
    for (int i = 0; i < ids.size(); i++) {
      for (String u : all.get(i).unknown()) {
        err.println("chorus: " + u + " is not in " + ledger.file() + ": no ingest into this workspace made it");
        code = ExitCodes.ERROR;
      }
    }
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(toJson(ids, all)));
    } else {
      for (RevealLedger.Revealed r : all) {
        for (RevealLedger.Entry e : r.entries()) {
          out.println(e.pseudonym() + "\t" + e.platform() + "\t" + e.kind() + "\t" + e.identifier());
        }
        if (!r.entries().isEmpty() && !r.text().equals(r.entries().get(0).identifier())) {
          out.println(r.text());
        }
      }
    }
    return code;
  }

  private static ArrayNode toJson(List<String> ids, List<RevealLedger.Revealed> all) {
    ArrayNode arr = JsonConfig.mapper().createArrayNode();
    for (int i = 0; i < all.size(); i++) {
      RevealLedger.Revealed r = all.get(i);
      ObjectNode o = arr.addObject().put("input", ids.get(i)).put("revealed", r.text());
      ArrayNode ps = o.putArray("pseudonyms");
      r.entries().forEach(e -> ps.addObject().put("pseudonym", e.pseudonym()).put("platform", e.platform())
          .put("kind", e.kind()).put("identifier", e.identifier()));
      ArrayNode unknown = o.putArray("unknown");
      r.unknown().forEach(unknown::add);
    }
    return arr;
  }
}
