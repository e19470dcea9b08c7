package org.vigie.quote;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.SpeakerType;

/**
 * The documents an article names and who issued them ("un communiqué du ministère russe …", "…, a
 * déclaré X dans un communiqué"), so that "le communiqué" later speaks for its issuer. One instance
 * per document; not thread-safe; linear in the documents named.
 */
final class DocumentIssuers {
  /** A document noun, its issuer and where it was named. */
  record Issued(String noun, String issuer, SpeakerType type, int offset) {}

  private final List<Issued> documents = new ArrayList<>();

  void learn(String documentNoun, String issuer, SpeakerType type, int offset) {
    documents.add(new Issued(documentNoun, issuer, type, offset));
  }

  /** The latest document named with {@code noun} before {@code before}, or null. */
  Issued latest(String noun, int before) {
    for (int i = documents.size() - 1; i >= 0; i--) {
      Issued d = documents.get(i);
      if (d.offset() < before && d.noun().equals(noun)) {
        return d;
      }
    }
    return null;
  }
}
