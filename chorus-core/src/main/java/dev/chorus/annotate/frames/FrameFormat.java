package dev.chorus.annotate.frames;

import java.util.Locale;

/** The labelled frame file formats that {@code chorus train frames} and {@code chorus eval frames} read. */
public enum FrameFormat {
  /** CSV with header {@code text,frames} ({@code ;}-separated codebook frame ids) and optional {@code lang}. */
  CSV,
  /** FIGNEWS-2024: {@code batch,source_language,id,text,english_mt,bias_majority,bias_votes,propaganda_votes,...}. */
  FIGNEWS;

  public static FrameFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown frame file format '" + name + "' (csv, fignews)");
    }
  }
}
