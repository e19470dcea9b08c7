package org.vigie.eval.entities;

import java.util.Objects;
import java.util.regex.Pattern;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * One mention as the scorer sees it: its surface, normalized, and its type. Positions are left out
 * on purpose: gold and prediction are compared per document as multisets, so a tokenizer that cuts
 * one character differently elsewhere does not shift every later match.
 */
public record Mention(String text, EntityType type) {
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC\u0060\u00B4]");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F\u2007]+");

  public Mention {
    text = normalize(Objects.requireNonNull(text, "text"));
    Objects.requireNonNull(type, "type");
  }

  public static Mention of(Entity entity) {
    return new Mention(entity.text(), entity.type());
  }

  /**
   * The surface compared: trimmed, typographic apostrophes as {@code '}, any run of spaces
   * (no-break ones included) as one space. Case and other punctuation are kept: "Haut-Karabagh»" is
   * a tokenization error worth counting.
   */
  public static String normalize(String surface) {
    String plain = APOSTROPHES.matcher(surface).replaceAll("'");
    return SPACES.matcher(plain).replaceAll(" ").strip();
  }
}
