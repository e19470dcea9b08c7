package org.vigie.text.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.model.Cleaning;
import org.vigie.model.Damage;
import org.vigie.model.Diagnostic;
import org.vigie.model.Repair;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.Block;
import org.vigie.text.BlockType;
import org.vigie.text.ExtractedText;
import org.vigie.text.OffsetMap;
import org.vigie.text.PageBlocks;
import org.vigie.text.Rewrite;
import org.vigie.text.TextRewriter;
import org.vigie.text.boilerplate.ArticleBody;
import org.vigie.text.damage.DamageDetector;
import org.vigie.text.metadata.ArticleMetadata;
import org.vigie.text.metadata.MetadataResolver;

/**
 * Stage "normalize": the article's one text. Requires {@link PageBlocks} and {@link ArticleBody};
 * produces {@link ExtractedText}. Joins the kept blocks (a blank line between paragraphs), runs the
 * rewriters in order (typography, then glued words), flags damaged spans on the result and settles
 * the metadata. The offset map composes every step back to the raw input, so any later annotation
 * can be shown in the original. Stateless and thread-safe.
 *
 * <p>Example: the kept line "… du 26mars du ministère …" becomes "… du 26 mars du ministère …" with
 * the repair {@code 26mars → 26 mars} recorded at its new offsets.
 */
public final class ArticleTextStage implements Stage {
  private final List<TextRewriter> rewriters;
  private final DamageDetector damage;
  private final MetadataResolver metadata;

  public ArticleTextStage(
      List<TextRewriter> rewriters, DamageDetector damage, MetadataResolver metadata) {
    this.rewriters = List.copyOf(rewriters);
    this.damage = Objects.requireNonNull(damage, "damage");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * Most repairs or damaged spans kept per article: a page of junk ("26mars 26mars …" over 20 MB)
   * would otherwise make millions of records. The text itself is still fully repaired.
   */
  static final int MAX_RECORDS = 1000;

  private static <T> List<T> capped(List<T> records, String what, List<Diagnostic> bounds) {
    if (records.size() <= MAX_RECORDS) {
      return records;
    }
    bounds.add(
        Diagnostic.warning(
            "too-many-" + what,
            records.size() + " " + what + " found; the first " + MAX_RECORDS + " are listed"));
    return records.subList(0, MAX_RECORDS);
  }

  @Override
  public String name() {
    return "normalize";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(PageBlocks.LAYER, ArticleBody.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(ExtractedText.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    ArticleBody body = document.get(ArticleBody.LAYER);
    OffsetMap.Builder joined = new OffsetMap.Builder();
    for (Block block : body.blocks()) {
      if (joined.length() > 0) {
        boolean paragraph = block.newParagraph() || block.type() != BlockType.LINE;
        joined.insert(paragraph ? "\n\n" : "\n", block.rawStart());
      }
      String text = block.text();
      for (int i = 0; i < text.length(); i++) {
        joined.put(text.charAt(i), block.toRaw().toSource(i));
      }
    }
    String text = joined.text();
    OffsetMap toRaw = joined.build();
    List<Repair> repairs = new ArrayList<>();
    for (TextRewriter rewriter : rewriters) {
      Rewrite step = rewriter.rewrite(text);
      List<Repair> carried = new ArrayList<>(repairs.size() + step.repairs().size());
      for (Repair r : repairs) {
        int start = step.toSource().toDerived(r.start());
        int end = Math.max(start, step.toSource().toDerived(r.end()));
        carried.add(new Repair(start, end, r.raw(), step.text().substring(start, end)));
      }
      carried.addAll(step.repairs());
      carried.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : a.end() - b.end());
      repairs = carried;
      toRaw = step.toSource().andThen(toRaw);
      text = step.text();
    }
    ArticleMetadata meta =
        metadata.resolve(document.raw(), document.get(PageBlocks.LAYER).metadata(), body.header());
    List<Damage> damaged = damage.detect(text);
    List<Diagnostic> bounds = new ArrayList<>();
    repairs = capped(repairs, "repairs", bounds);
    damaged = capped(damaged, "damage", bounds);
    ExtractedText extracted =
        new ExtractedText(
            text,
            meta.title(),
            meta.published(),
            meta.author(),
            meta.outlet(),
            meta.url(),
            meta.dateline(),
            new Cleaning(body.removed(), repairs, damaged),
            toRaw);
    StageOutput output =
        StageOutput.of(ExtractedText.LAYER, extracted).diagnostics(meta.diagnostics());
    if (text.isEmpty()) {
      output.diagnostic(Diagnostic.warning("no-text", "no article text found in the input"));
    }
    return output;
  }
}
