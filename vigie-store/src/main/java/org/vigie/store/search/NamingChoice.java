package org.vigie.store.search;

import java.util.List;

/**
 * One entity named differently across outlets ("Pachinian" / "Pashinyan", "Artsakh" /
 * "Haut-Karabakh"): its commonest canonical name, its type, and each outlet's forms as written with
 * how many articles use them.
 */
public record NamingChoice(String entity, String type, List<OutletForm> forms) {
  public NamingChoice {
    forms = List.copyOf(forms);
  }

  /** An outlet's name for the entity and in how many of its articles. */
  public record OutletForm(String outlet, String form, int articles) {}
}
