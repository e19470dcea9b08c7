/**
 * The hand-annotated dev set ({@code ../shared/eval/ml-crisis-gold}): reading it by split ({@code
 * tune} to read errors, {@code check} for aggregate figures only), analysing its articles as {@code
 * vigie analyze} does, and scoring lines, quotes, time expressions, casualties and events rule for
 * rule as the reference scorer {@code score.py} does (a test holds the two to the same figures).
 * Every class is stateless or read-only once built.
 */
package org.vigie.eval.gold;
