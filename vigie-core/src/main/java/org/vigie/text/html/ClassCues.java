package org.vigie.text.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's tag, class and id say about its role: article text ("entry-content",
 * "article__body", "chapo"), boilerplate ("share-bar", "related-posts", "newsletter"), captions
 * ("wp-caption-text", "legende") or reader comments ("commentlist", "disqus_thread"). Class and id
 * are cut into words (on punctuation and camelCase) so that "ad" matches "ad-slot" and not "head";
 * long cue words also match inside glued names ("sharebar", "socialshare"). Stateless.
 */
final class ClassCues {
  /** The role a cue gives an element; {@link #NONE} when it says nothing against it. */
  enum Cue {
    NONE,
    BOILERPLATE,
    CAPTION,
    COMMENTS
  }

  record Reading(Cue cue, boolean positive) {}

  private static final Reading NOTHING = new Reading(Cue.NONE, false);

  // Whole words: short ones would match inside unrelated names ("ad" in "head", "pub" in "public").
  private static final Set<String> BOILERPLATE_WORDS =
      Set.copyOf(
          java.util.List.of(
              "ad",
              "ads",
              "adv",
              "advert",
              "pub",
              "pubs",
              "nav",
              "menu",
              "menus",
              "tags",
              "tag",
              "tools",
              "toolbar",
              "aside",
              "sidebar",
              "footer",
              "foot",
              "breadcrumb",
              "breadcrumbs",
              "ariane",
              "popup",
              "modal",
              "overlay",
              "pagination",
              "pager",
              "rss",
              "print",
              "login",
              "signup",
              "banner",
              "masthead",
              "promo",
              "sponsor",
              "sponsored",
              "partner",
              "partenaire",
              "partenaires",
              "keywords",
              "also",
              "aussi",
              "plus",
              "teaser",
              "teasers",
              "bio",
              "follow",
              "suivre",
              "cookie",
              "cookies",
              "consent",
              "gdpr",
              "rgpd",
              "paywall",
              "subscribe",
              "subscription",
              "abonnement",
              "abonne",
              "newsletter",
              "newsletters",
              "social",
              "share",
              "sharing",
              "partage",
              "partager",
              "related",
              "similar",
              "recommend",
              "recommended",
              "recommendations",
              "outbrain",
              "taboola",
              "ligatus",
              "popular",
              "populaire",
              "trending",
              "mostread",
              "lus",
              "skip",
              "topbar",
              "dropdown",
              "offcanvas",
              "search",
              "recherche",
              "hidden",
              "sr",
              "donate",
              "dons",
              "cta",
              "btn",
              "button",
              "icon",
              "icons",
              "disclaimer"));

  // Glued words: these also match inside a longer class word ("socialshare", "relatedposts").
  private static final List<String> BOILERPLATE_PARTS =
      List.of(
          "share",
          "social",
          "related",
          "recommend",
          "newsletter",
          "sidebar",
          "footer",
          "breadcrumb",
          "outbrain",
          "taboola",
          "cookie",
          "paywall",
          "subscri",
          "abonn",
          "promo",
          "sponsor",
          "advert",
          "publicit",
          "navig",
          "navbar",
          "menu",
          "partage",
          "banner",
          "popular",
          "mostread",
          "trending",
          "toolbar",
          "pagination");

  private static final Set<String> CAPTION_WORDS =
      Set.copyOf(
          java.util.List.of(
              "caption",
              "captions",
              "legende",
              "légende",
              "legend",
              "credit",
              "credits",
              "crédit",
              "copyright",
              "figcaption",
              "photocredit"));

  private static final List<String> COMMENT_PARTS =
      List.of("comment", "disqus", "reaction", "respond", "replies", "reply", "forum");

  private static final Set<String> POSITIVE_WORDS =
      Set.copyOf(
          java.util.List.of(
              "article",
              "articles",
              "content",
              "contenu",
              "contents",
              "entry",
              "post",
              "story",
              "text",
              "texte",
              "body",
              "corps",
              "main",
              "chapo",
              "chapeau",
              "lead",
              "blog",
              "hentry",
              "single",
              "paragraph",
              "prose",
              "richtext",
              "txt",
              "intro",
              "detail",
              "news",
              "live",
              "direct"));

  private static final Set<String> LIVE_WORDS =
      Set.of("live", "direct", "liveblog", "minute", "match", "live-blog", "livecomments");

  private static final Set<String> POSITIVE_PARTS =
      Set.copyOf(
          java.util.List.of("article", "content", "contenu", "paragraph", "richtext", "chapo"));

  private ClassCues() {}

  static Reading read(Element element) {
    String tag = element.normalName();
    Cue byTag = cueOfTag(tag);
    String className = element.className();
    String id = element.id();
    if (className.isEmpty() && id.isEmpty() && !element.hasAttr("role")) {
      return byTag == Cue.NONE ? NOTHING : new Reading(byTag, false);
    }
    List<String> words = words(roleClasses(className) + " " + id + " " + element.attr("role"), 64);
    Cue cue = byTag;
    boolean positive = false;
    boolean live = false;
    for (String w : words) {
      live |= LIVE_WORDS.contains(w);
      if (isComment(w)) {
        cue = Cue.COMMENTS;
      } else if (cue != Cue.COMMENTS && CAPTION_WORDS.contains(w)) {
        cue = Cue.CAPTION;
      } else if (cue == Cue.NONE && isBoilerplate(w)) {
        cue = Cue.BOILERPLATE;
      }
      if (POSITIVE_WORDS.contains(w) || containsAny(w, POSITIVE_PARTS)) {
        positive = true;
      }
    }
    if (cue == Cue.COMMENTS && live) {
      // "live-match-comment", "direct-commentaire": a live blog's commentary is the article.
      return new Reading(Cue.NONE, true);
    }
    return new Reading(cue, positive);
  }

  /**
   * The classes that say what an element is, without those that describe what it is about or its
   * state: CMSs tag an article with its terms ("tag-sport", "category-a-la-une") and a wrapper with
   * its layout ("has-sidebar"), which must not make them boilerplate.
   */
  private static String roleClasses(String className) {
    if (className.isEmpty()) {
      return className;
    }
    StringBuilder out = new StringBuilder();
    for (String name : className.split("\\s+", 64)) {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean descriptive = false;
      for (String prefix : DESCRIPTIVE_PREFIXES) {
        if (lower.startsWith(prefix)) {
          descriptive = true;
          break;
        }
      }
      if (!descriptive) {
        out.append(name).append(' ');
      }
    }
    return out.toString();
  }

  private static final List<String> DESCRIPTIVE_PREFIXES =
      List.of(
          "tag-",
          "tags-",
          "category-",
          "categorie-",
          "post_tag-",
          "format-",
          "type-",
          "status-",
          "postid-",
          "page-id-",
          "has-",
          "with-",
          "no-",
          "is-",
          "theme-",
          "rubrique-",
          "section-",
          "author-");

  private static Cue cueOfTag(String tag) {
    switch (tag) {
      case "aside":
      case "footer":
      case "menu":
        return Cue.BOILERPLATE;
      case "figcaption":
        return Cue.CAPTION;
      default:
        return Cue.NONE;
    }
  }

  private static boolean isComment(String w) {
    for (String part : COMMENT_PARTS) {
      if (w.startsWith(part)) {
        return true;
      }
    }
    return w.equals("comments") || w.equals("commentaires");
  }

  private static boolean isBoilerplate(String w) {
    return BOILERPLATE_WORDS.contains(w) || (w.length() > 4 && containsAny(w, BOILERPLATE_PARTS));
  }

  private static boolean containsAny(String w, Iterable<String> parts) {
    for (String part : parts) {
      if (w.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words of a class or id: cut at anything but letters and digits and at lower-to-upper case
   * changes ("shareBar" gives "share", "bar"), lower-cased; at most {@code max} words.
   */
  static List<String> words(String names, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int limit = Math.min(names.length(), 2000);
    for (int i = 0; i < limit && out.size() < max; i++) {
      char c = names.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (Character.isUpperCase(c)
            && word.length() > 0
            && Character.isLowerCase(word.charAt(word.length() - 1))) {
          out.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
        word.append(c);
      } else if (word.length() > 0) {
        out.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    }
    if (word.length() > 0 && out.size() < max) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
