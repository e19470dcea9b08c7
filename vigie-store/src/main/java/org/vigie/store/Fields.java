package org.vigie.store;

/** Field names of the index; one place, so readers and the writer agree. */
public final class Fields {
  public static final String ID = "id";
  public static final String SEQ = "seq";
  public static final String RAW = "raw";
  public static final String CONTENT_HASH = "chash";
  public static final String PATH = "path";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String JSON = "json";
  public static final String PUBLISHED = "published";
  public static final String DAY = "day";

  /** The days an article's time expressions and events name (epoch days), for timelines. */
  public static final String NAMED_DAY = "nday";

  public static final String OUTLET = "outlet";
  public static final String OUTLET_NAME = "outletName";
  public static final String SPEAKER = "speaker";
  public static final String ENTITY = "entity";
  public static final String TYPE = "type";
  public static final String MONTH = "month";
  public static final String STORY = "story";
  public static final String DUPLICATE_OF = "dup";
  public static final String ORIGINAL = "original";
  public static final String SIGNATURE = "sig";
  public static final String FEATURES = "feat";
  public static final String NAMES = "names";

  /** What a search hit shows of an article, a doc values column ({@code HitColumn}). */
  public static final String HIT = "hitcol";

  /** Each article's events and listing fields, a doc values column ({@link EventColumn}). */
  public static final String EVENTS = "evcol";

  /** Name keys of capitalised words and entity names (search in any spelling). */
  public static final String NAME_KEY = "namekey";

  /** Name keys of the words of speakers' canonical names (--speaker in any spelling). */
  public static final String SPEAKER_KEY = "speakerkey";

  private Fields() {}
}
