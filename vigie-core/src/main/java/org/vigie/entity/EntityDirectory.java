package org.vigie.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Geo;
import org.vigie.names.NameKeys;

/**
 * Merges the entities of many articles into corpus entities, and says why. Mentions meet when they
 * are the same gazetteer place ("Haut-Karabagh" and "Haut-Karabakh", "Bakou" and "Baku"), when
 * their canonical names share a {@link NameKeys} key (accents, case and transliterations folded:
 * "Nikol Pashinian" and "Nikol Pashinyan"), and a surname alone joins the one person of the corpus
 * with that surname. Names listed as kept apart (configuration) are never merged with anything: the
 * way to undo a wrong merge. Not thread-safe: fill it from one thread.
 */
public final class EntityDirectory {
  private static final String PERSON = EntityType.PERSON + "|";
  private final Set<String> keptApart = new HashSet<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();

  /** {@code keepApart}: names (any spelling) that must stay entities of their own. */
  public EntityDirectory(Collection<String> keepApart) {
    keepApart.forEach(name -> keptApart.add(NameKeys.key(name)));
  }

  /** Adds one article's mention. */
  public void add(String articleId, Entity mention) {
    Identity found = identify(mention);
    String identity = found.key();
    String evidence = found.evidence();
    // A name kept apart is its own canonical, whatever its article merged it with.
    Entity counted =
        identity.startsWith("apart|") ? mention.withCanonical(mention.text()) : mention;
    groups
        .computeIfAbsent(identity, k -> new Group(counted.type()))
        .add(articleId, counted, evidence);
  }

  /**
   * The key mentions merge under before surnames join (same gazetteer place, same folded name): how
   * a distributed run (the Spark job) groups the mentions of a corpus before handing each group to
   * a directory of its own.
   */
  public String identity(Entity mention) {
    return identify(mention).key();
  }

  /** A person's key without its first names ("lavrov" of "sergei lavrov"); else {@code null}. */
  public static String surnameOf(String identity) {
    if (!identity.startsWith(PERSON)) {
      return null;
    }
    return identity.substring(Math.max(identity.lastIndexOf(' '), PERSON.length() - 1) + 1);
  }

  /** Whether the key is a person's name with a first name, which a surname alone may join. */
  public static boolean isFullName(String identity) {
    return identity.startsWith(PERSON) && identity.indexOf(' ') > 0;
  }

  private record Identity(String key, String evidence) {}

  private Identity identify(Entity mention) {
    String textKey = NameKeys.key(mention.text());
    if (keptApart.contains(textKey)) {
      return new Identity("apart|" + mention.type() + "|" + textKey, "kept apart by configuration");
    }
    if (mention.type() == EntityType.LOCATION && mention.geo() != null) {
      Geo geo = mention.geo();
      return new Identity(
          "place|"
              + (geo.geonameId() != null
                  ? geo.geonameId()
                  : geo.country() + "|" + NameKeys.key(mention.canonical())),
          geo.geonameId() != null
              ? "same gazetteer place (GeoNames " + geo.geonameId() + ")"
              : "same country or region in the gazetteer");
    }
    String canonical = mention.canonical() == null ? mention.text() : mention.canonical();
    return new Identity(
        mention.type() + "|" + NameKeys.key(canonical),
        canonical.equals(mention.text())
            ? "same name once accents, case and transliteration are folded"
            : "shorter form of \"" + canonical + "\" in its article");
  }

  /** The corpus entities, most widely reported first. */
  public List<CorpusEntity> entities() {
    Map<String, Group> merged = joinSurnames();
    List<CorpusEntity> out = new ArrayList<>();
    for (Group g : new LinkedHashSet<>(merged.values())) {
      out.add(g.entity());
    }
    out.sort(
        Comparator.comparingInt(CorpusEntity::articles)
            .thenComparingInt(CorpusEntity::mentions)
            .reversed()
            .thenComparing(CorpusEntity::canonical));
    return out;
  }

  /** "Lavrov" alone joins "Sergueï Lavrov" when he is the only person of that surname. */
  private Map<String, Group> joinSurnames() {
    Map<String, List<String>> fullNamesBySurname = new HashMap<>();
    for (String key : groups.keySet()) {
      if (isFullName(key)) {
        fullNamesBySurname.computeIfAbsent(surnameOf(key), s -> new ArrayList<>()).add(key);
      }
    }
    Map<String, Group> merged = new LinkedHashMap<>(groups);
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(PERSON) || isFullName(key)) {
        continue;
      }
      List<String> full = fullNamesBySurname.get(surnameOf(key));
      if (full != null && full.size() == 1) {
        Group target = merged.get(full.get(0));
        target.absorb(e.getValue(), "surname alone; the only person of that surname in the corpus");
        merged.put(key, target);
      }
    }
    return merged;
  }

  private static final class Group {
    final EntityType type;
    final Map<String, Integer> canonicals = new LinkedHashMap<>();
    final Set<String> variants = new LinkedHashSet<>();
    final Set<String> articles = new HashSet<>();
    final Map<String, Integer> countries = new HashMap<>();
    final Set<String> roles = new LinkedHashSet<>();
    final Set<String> evidence = new LinkedHashSet<>();
    int mentions;
    Geo geo;

    Group(EntityType type) {
      this.type = type;
    }

    void add(String articleId, Entity m, String why) {
      canonicals.merge(m.canonical() == null ? m.text() : m.canonical(), 1, Integer::sum);
      if (variants.add(m.text()) && variants.size() > 1) {
        evidence.add(why);
      }
      articles.add(articleId);
      if (m.country() != null) {
        countries.merge(m.country(), 1, Integer::sum);
      }
      if (m.role() != null && roles.size() < 20) {
        roles.add(m.role());
      }
      mentions++;
      geo = geo == null ? m.geo() : geo;
    }

    void absorb(Group other, String why) {
      other.canonicals.forEach((k, v) -> canonicals.merge(k, v, Integer::sum));
      variants.addAll(other.variants);
      articles.addAll(other.articles);
      other.countries.forEach((k, v) -> countries.merge(k, v, Integer::sum));
      roles.addAll(other.roles);
      evidence.addAll(other.evidence);
      evidence.add(why);
      mentions += other.mentions;
    }

    /** The fullest canonical name (places: the most used one); ties go to the most frequent. */
    CorpusEntity entity() {
      Comparator<Map.Entry<String, Integer>> byUse = Map.Entry.comparingByValue();
      Comparator<Map.Entry<String, Integer>> preference =
          type == EntityType.LOCATION
              ? byUse
              : Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().length())
                  .thenComparing(byUse);
      String canonical = canonicals.entrySet().stream().max(preference).orElseThrow().getKey();
      String country = countries.entrySet().stream().max(byUse).map(Map.Entry::getKey).orElse(null);
      return new CorpusEntity(
          canonical,
          type,
          List.copyOf(variants),
          articles.size(),
          mentions,
          geo,
          country,
          List.copyOf(roles),
          List.copyOf(evidence));
    }
  }
}
