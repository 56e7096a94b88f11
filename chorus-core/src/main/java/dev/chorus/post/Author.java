package dev.chorus.post;

/**
 * Who wrote a post.
 *
 * <p>Before pseudonymisation {@code id} is the platform's account id (or the handle when the platform has no stable
 * id). After it, {@code id} is a keyed pseudonym and {@code handle}/{@code displayName} are kept only for accounts on
 * the public-figure list.
 *
 * @param id account id or pseudonym; never blank
 * @param handle the account's handle (without '@'), or null
 * @param displayName the account's display name, or null
 */
public record Author(String id, String handle, String displayName) {
  public Author {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("author id is blank");
    }
  }

  public static Author of(String id, String handle, String displayName) {
    return new Author(id, blankToNull(handle), blankToNull(displayName));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
