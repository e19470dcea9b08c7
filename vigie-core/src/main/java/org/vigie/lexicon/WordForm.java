package org.vigie.lexicon;

import java.util.Objects;

/**
 * One reading of a word form: {@code "mars"} → lemma {@code "mars"}, tag {@code "N m sp"}. Tags
 * follow LanguageTool's French tag set (first field: N, V, J, D, P, R, K, Z, ...).
 */
public record WordForm(String form, String lemma, String tag) {
  public WordForm {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(tag, "tag");
  }

  /**
   * Whether this is a verb reading in {@code mood} ("inf", "ind", "ppa", "ppr"), the auxiliaries'
   * tags included: "V inf", "V etre inf", "V avoir ind pres 3 s".
   */
  public boolean isVerbIn(String mood) {
    return tag.startsWith("V") && (" " + tag + " ").contains(" " + mood + " ");
  }
}
