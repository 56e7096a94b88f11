package dev.chorus.labelling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A hand-computed two-coder example (six posts, target t): stance A = f f a a n f, B = f a a a n n (kappa 13/25,
 * alpha 50/94); the model said f a n n on the four agreed posts (kappa 7/11). Frames nuclear-threat A = y n y n n n,
 * B = y y y n n n (kappa 2/3); posts 2 and 3 have a tied frame.
 */
final class CodeSheets {
  static final Set<String> FRAMES = Set.of("nuclear-threat", "avoiding-war", "appeasement-betrayal");
  static final String HEADER = "id,platform,lang,created_at,text,target,model_stance,model_confidence,model_frames,"
      + "coder,stance,frames\n";

  private CodeSheets() {}

  static Path write(Path dir) throws IOException {
    String[] a = {"favor", "favor", "against", "against", "none", "favor"};
    String[] b = {"favor", "against", "against", "against", "none", "none"};
    String[] model = {"favor", "against", "against", "none", "none", "none"};
    String[] fa = {"nuclear-threat", "", "nuclear-threat;avoiding-war", "", "avoiding-war", ""};
    String[] fb = {"nuclear-threat", "nuclear-threat", "nuclear-threat", "", "avoiding-war", ""};
    String[] modelFrames = {"nuclear-threat", "none", "uncertain", "none", "none", "none"};
    StringBuilder s = new StringBuilder(HEADER);
    for (int i = 0; i < 6; i++) {
      for (String coder : new String[] {"ann", "bob"}) {
        s.append(row(i, model[i], modelFrames[i], coder, coder.equals("ann") ? a[i] : b[i],
            coder.equals("ann") ? fa[i] : fb[i]));
      }
    }
    s.append(row(6, "none", "none", "ann", "", ""));
    Path f = dir.resolve("coded.csv");
    Files.writeString(f, s.toString());
    return f;
  }

  static String row(int i, String modelStance, String modelFrames, String coder, String stance, String frames) {
    return "x:" + i + ",x,en,2025-05-01T00:00:00Z,\"post number " + i + ", with a comma\",t," + modelStance
        + ",0.5000," + modelFrames + "," + coder + "," + stance + "," + frames + "\n";
  }
}
