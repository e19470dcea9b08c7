/**
 * Main-content extraction from HTML pages: which blocks of a news page are the article (its
 * paragraphs, subheadings, lists, quotes, live-blog entries) and which are menus, related links,
 * share bars, captions and comments, plus what the page says about itself (meta tags, JSON-LD,
 * {@code <time>}, bylines). The algorithm follows Readability (scores propagated from paragraphs to
 * their containers), jusText (stop-word and link density, context of short blocks) and trafilatura
 * (filters inside the chosen container), with cues and phrases of French web pages.
 *
 * <p>Entry point: {@link org.vigie.text.html.HtmlArticleReader}, stateless and thread-safe. Every
 * block keeps a map from its characters to their offsets in the raw page. All traversals are
 * iterative and every size is bounded, so hostile pages (deep nesting, huge text nodes) give a
 * result in bounded time rather than a crash.
 */
package org.vigie.text.html;
