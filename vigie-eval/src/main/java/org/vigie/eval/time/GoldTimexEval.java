package org.vigie.eval.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.eval.gold.DevSet;
import org.vigie.model.Timex;

/**
 * HeidelTime on the hand-annotated dev set, so that it is scored beside Vigie by the dev set's own
 * timex scoring ({@link org.vigie.eval.gold.DevSetScorer#timexes}): each analysed article's time
 * expressions replaced by HeidelTime's on the same cleaned text and folder date. Uses the tagger
 * from one thread.
 */
public final class GoldTimexEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldTimexEval() {}

  /**
   * {@code analysed} (article JSON by id) with each article's {@code timexes} those HeidelTime
   * finds in its {@code text}, anchored on the document's date.
   */
  public static Map<String, JsonNode> heidelTime(
      DevSet set, Map<String, JsonNode> analysed, HeidelTimeTagger tagger) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (DevSet.Document d : set.documents()) {
      JsonNode article = analysed.get(d.id());
      if (article == null) {
        continue;
      }
      ObjectNode copy = article.deepCopy();
      ArrayNode timexes = JSON.createArrayNode();
      for (Timex t : tagger.tag(article.path("text").asText(""), d.dct())) {
        ObjectNode node = timexes.addObject();
        node.put("start", t.start());
        node.put("end", t.end());
        node.put("text", t.text());
        node.put("type", t.type().name());
        node.put("value", t.value());
      }
      copy.set("timexes", timexes);
      out.put(d.id(), copy);
    }
    return out;
  }
}
