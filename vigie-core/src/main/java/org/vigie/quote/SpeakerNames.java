package org.vigie.quote;

import org.vigie.names.NameKeys;

/**
 * Keys that let spellings of one speaker's name meet ({@link NameKeys}): used to pick one canonical
 * name within an article and across a corpus. Stateless.
 */
public final class SpeakerNames {
  private SpeakerNames() {}

  /** The folded key of a whole name or phrase ("Ministère russe des Affaires étrangères"). */
  public static String key(String name) {
    return NameKeys.key(name);
  }

  /** The key of a name's last word: how a surname alone ("Lavrov") finds its full name. */
  public static String surnameKey(String name) {
    return NameKeys.surnameKey(name);
  }
}
