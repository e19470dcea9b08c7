package org.vigie.linguistic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.language.DetectedLanguage;
import org.vigie.model.Diagnostic;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.ExtractedText;

/**
 * Stage "linguistic": sentences, words, POS tags and NER labels from the {@link LinguisticBackend}.
 * Requires the text and its language; produces {@link LinguisticAnalysis}.
 *
 * <p>Bounds, because web input is hostile: only the first {@link Config#maxChars} characters are
 * analysed (cut at a line break), and a run of more than {@link Config#maxWordChars} characters
 * without white space (a base64 blob, a scraped URL list) is hidden from the backend, whose
 * tokenizer would otherwise spend minutes on it. Both are reported as diagnostics. Languages the
 * backend has no models for get what it can do (tokens, sentences) and a diagnostic saying so.
 * Within the document's {@link org.vigie.pipeline.DocumentBudget}: a long text is analysed in
 * chunks with the deadline checked between them, and sentences past the bound are skipped with a
 * diagnostic. Stateless and thread-safe.
 *
 * <p>Example: "Selon lui, la trêve du 10 novembre tient." → one sentence; "du" is two words, "de"
 * and "le", sharing one span.
 */
public final class LinguisticStage implements Stage {
  /**
   * Configuration.
   *
   * @param maxChars characters of text analysed per article
   * @param maxWordChars longest run without white space handed to the backend
   */
  public record Config(int maxChars, int maxWordChars) {
    public static final Config DEFAULT = new Config(500_000, 200);

    public Config {
      if (maxChars < 1 || maxWordChars < 1) {
        throw new IllegalArgumentException(
            "linguistic.maxChars and linguistic.maxWordChars must be positive");
      }
    }
  }

  private final Config config;
  private final LinguisticBackend backend;

  public LinguisticStage(Config config, LinguisticBackend backend) {
    this.config = Objects.requireNonNull(config, "config");
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public String name() {
    return "linguistic";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(ExtractedText.LAYER, DetectedLanguage.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(LinguisticAnalysis.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    String text = document.get(ExtractedText.LAYER).text();
    String language = document.get(DetectedLanguage.LAYER).code();
    Set<Capability> capabilities = backend.capabilities(language);
    if (!capabilities.contains(Capability.TOKENIZE)) {
      return StageOutput.of(LinguisticAnalysis.LAYER, LinguisticAnalysis.EMPTY)
          .diagnostic(
              Diagnostic.warning(
                  "language-unsupported",
                  "no linguistic analysis for language '" + language + "'"));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (!capabilities.containsAll(EnumSet.of(Capability.POS, Capability.NER))) {
      diagnostics.add(
          Diagnostic.info(
              "language-partial",
              "language '"
                  + language
                  + "' gets "
                  + capabilities
                  + " only; POS, NER and parsing need its models"));
    }
    int cut = cutPoint(text);
    if (cut < text.length()) {
      diagnostics.add(
          Diagnostic.warning(
              "analysis-truncated",
              "text has "
                  + text.length()
                  + " chars; linguistic analysis stops at "
                  + cut
                  + " (linguistic.maxChars)"));
    }
    StringBuilder view = new StringBuilder(text.substring(0, cut));
    int masked = maskUntokenizable(view);
    if (masked > 0) {
      diagnostics.add(
          Diagnostic.warning(
              "overlong-word",
              masked
                  + " run(s) of more than "
                  + config.maxWordChars()
                  + " chars without white space left out of linguistic analysis"));
    }
    LinguisticAnalysis analysis = analyzeBounded(view.toString(), language, document, diagnostics);
    return StageOutput.of(LinguisticAnalysis.LAYER, analysis).diagnostics(diagnostics);
  }

  /** Texts longer than this go to the backend in pieces, the deadline checked between them. */
  static final int CHUNK_CHARS = 50_000;

  /**
   * The backend's analysis within the document's budget. A text up to {@link #CHUNK_CHARS} goes to
   * the backend whole; a longer one in chunks cut at line breaks, where sentences end anyway (the
   * backend breaks sentences at newlines), so the result is the same while the deadline is checked
   * between chunks and only one chunk's annotations are held at a time. Sentences past {@link
   * org.vigie.pipeline.DocumentBudget#maxSentences} are skipped with a diagnostic.
   */
  private LinguisticAnalysis analyzeBounded(
      String text, String language, Document document, List<Diagnostic> diagnostics) {
    int maxSentences = document.budget().maxSentences();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    while (from < text.length() && sentences.size() < maxSentences) {
      document
          .deadline()
          .check("in stage 'linguistic' at character " + from + " of " + text.length());
      int to = text.length() <= CHUNK_CHARS ? text.length() : chunkEnd(text, from);
      LinguisticAnalysis part =
          backend.analyze(
              from == 0 && to == text.length() ? text : text.substring(from, to), language);
      int base = tokens.size();
      for (Token t : part.tokens()) {
        tokens.add(
            from == 0
                ? t
                : new Token(
                    t.start() + from,
                    t.end() + from,
                    t.word(),
                    t.pos(),
                    t.ner(),
                    t.head(),
                    t.deprel()));
      }
      for (Sentence sentence : part.sentences()) {
        sentences.add(
            new Sentence(
                sentence.start() + from,
                sentence.end() + from,
                sentence.firstToken() + base,
                sentence.endToken() + base));
      }
      from = to;
    }
    if (sentences.size() > maxSentences || from < text.length()) {
      int kept = Math.min(maxSentences, sentences.size());
      int stop = kept == 0 ? 0 : sentences.get(kept - 1).end();
      diagnostics.add(
          Diagnostic.warning(
              "sentences-skipped",
              "linguistic analysis stops after "
                  + kept
                  + " sentences (budget.maxSentences), at character "
                  + stop
                  + " of "
                  + text.length()));
      int endToken = kept == 0 ? 0 : sentences.get(kept - 1).endToken();
      return new LinguisticAnalysis(sentences.subList(0, kept), tokens.subList(0, endToken));
    }
    return new LinguisticAnalysis(sentences, tokens);
  }

  /** The end of the chunk starting at {@code from}: a line break, else white space, else a cut. */
  private static int chunkEnd(String text, int from) {
    int limit = from + CHUNK_CHARS;
    if (limit >= text.length()) {
      return text.length();
    }
    int newline = text.lastIndexOf('\n', limit);
    if (newline > from + CHUNK_CHARS / 2) {
      return newline + 1;
    }
    for (int i = limit; i > from + CHUNK_CHARS / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /** Where analysis stops: the whole text, or the last line break before the limit. */
  private int cutPoint(String text) {
    if (text.length() <= config.maxChars()) {
      return text.length();
    }
    int newline = text.lastIndexOf('\n', config.maxChars());
    return newline > config.maxChars() / 2 ? newline : config.maxChars();
  }

  /**
   * Blanks out (same length, so offsets hold) what a tokenizer should never see: lone surrogates
   * (broken UTF-16 from damaged input) and runs of non-space characters that are too long.
   */
  private int maskUntokenizable(StringBuilder view) {
    for (int i = 0; i < view.length(); i++) {
      char c = view.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < view.length() && Character.isLowSurrogate(view.charAt(i + 1))
              : !Character.isLowSurrogate(c)
                  || i > 0 && Character.isHighSurrogate(view.charAt(i - 1));
      if (!paired) {
        view.setCharAt(i, ' ');
      }
    }
    int masked = 0;
    int runStart = 0;
    for (int i = 0; i <= view.length(); i++) {
      if (i == view.length() || Character.isWhitespace(view.charAt(i))) {
        if (i - runStart > config.maxWordChars()) {
          for (int k = runStart; k < i; k++) {
            view.setCharAt(k, ' ');
          }
          masked++;
        }
        runStart = i + 1;
      }
    }
    return masked;
  }
}
