package dev.chorus.workspace;

/**
 * The body of {@code GET /api/health}: whether the server answers, what it runs and over how many posts, whether
 * coding is on and the workspace's time zone. A record, not a map, so the data dictionary reads its fields from the
 * code ({@code dev.chorus.dictionary}).
 *
 * @param status {@code ok} whenever the server answers
 * @param version the Chorus version serving
 * @param posts posts in the workspace's store
 * @param labelling whether the page may code posts ({@code serve --labelling})
 * @param timeZone the workspace's time zone id, the default of every {@code tz}
 */
public record WorkspaceHealth(String status, String version, long posts, boolean labelling, String timeZone) {
  /** The health of a server that answers. */
  public static WorkspaceHealth ok(String version, long posts, boolean labelling, java.time.ZoneId timeZone) {
    return new WorkspaceHealth("ok", version, posts, labelling, timeZone.getId());
  }
}
