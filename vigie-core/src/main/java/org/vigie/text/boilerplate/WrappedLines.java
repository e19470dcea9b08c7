package org.vigie.text.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vigie.text.Block;
import org.vigie.text.BlockType;
import org.vigie.text.OffsetMap;

/**
 * Paragraphs of plain text hard-wrapped at a fixed width, joined back into one block each: a scrape
 * that kept a site's or a newsletter's line breaks cuts every sentence into lines of a few words
 * ("Les violences entre partisans de Mohammed Morsi et forces de" / "l'ordre ont fait au moins 75
 * morts en Égypte, selon un décompte de l'AFP. Les" / "pro-Morsi se sont mobilisés …"), none of
 * which reads as prose alone, so that a whole article would score as a list of short lines and go.
 * A line goes on the one before it when it opens in lower case, mid-sentence, right after it (no
 * blank line between) and that line stopped without ending a sentence or announcing a list; lines
 * that a cue or the site's template claims are never joined, so "Temps de lecture : 4 min" before a
 * paragraph stays the chrome it is. Only plain-text lines: HTML keeps its paragraphs. Bounded: a
 * joined block holds at most {@link #MAX_CHARS} characters. Stateless.
 */
final class WrappedLines {
  /** Shortest line that can be a wrapped line of prose (a wrapping width is wider than this). */
  static final int MIN_WRAPPED_CHARS = 25;

  /** Longest paragraph joined from wrapped lines; past it a new block starts. */
  static final int MAX_CHARS = 20_000;

  private WrappedLines() {}

  /**
   * The blocks with each hard-wrapped run joined into one block; {@code claimed} tells a line that
   * a cue or the template already explains (it is never joined). The same list when nothing joins.
   */
  static List<Block> join(List<Block> blocks, Predicate<String> claimed) {
    List<Block> out = new ArrayList<>(blocks.size());
    List<Block> run = new ArrayList<>();
    int runChars = 0;
    boolean joined = false;
    for (Block block : blocks) {
      Block last = run.isEmpty() ? null : run.get(run.size() - 1);
      if (last != null
          && runChars + block.text().length() < MAX_CHARS
          && continues(last, block, claimed)) {
        run.add(block);
        runChars += block.text().length() + 1;
        joined = true;
        continue;
      }
      flush(run, out);
      run.add(block);
      runChars = block.text().length();
    }
    flush(run, out);
    return joined ? out : blocks;
  }

  /** Whether {@code next} goes on the sentence that {@code line} broke off. */
  private static boolean continues(Block line, Block next, Predicate<String> claimed) {
    if (line.type() != BlockType.LINE || next.type() != BlockType.LINE || next.newParagraph()) {
      return false;
    }
    String text = line.text().strip();
    String following = next.text().strip();
    if (text.length() < MIN_WRAPPED_CHARS || following.isEmpty()) {
      return false;
    }
    if (!Character.isLowerCase(following.charAt(0))) {
      return false;
    }
    char end = text.charAt(text.length() - 1);
    if (".!?…:;".indexOf(end) >= 0) {
      return false;
    }
    return !claimed.test(line.text()) && !claimed.test(next.text());
  }

  private static void flush(List<Block> run, List<Block> out) {
    if (run.size() == 1) {
      out.add(run.get(0));
    } else if (run.size() > 1) {
      out.add(joined(run));
    }
    run.clear();
  }

  /** One block of the run's lines, a space standing for each line break. */
  private static Block joined(List<Block> run) {
    OffsetMap.Builder text = new OffsetMap.Builder();
    for (int k = 0; k < run.size(); k++) {
      Block part = run.get(k);
      if (k > 0) {
        text.insert(" ", run.get(k - 1).rawEnd());
      }
      String t = part.text();
      for (int i = 0; i < t.length(); i++) {
        text.put(t.charAt(i), part.toRaw().toSource(i));
      }
    }
    Block first = run.get(0);
    return new Block(
        text.text(), text.build(), BlockType.LINE, 0, first.newParagraph(), first.path());
  }
}
