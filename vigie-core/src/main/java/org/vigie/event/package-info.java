/**
 * Events: what happened, typed by PLOVER ({@code ASSAULT}, {@code PROTEST}, {@code AGREE}...), with
 * a finer subtype, the trigger, its modality (asserted, denied, hypothetical, planned, demanded),
 * actors, targets, place, date, source and casualty figures read from French ("ont tué 3 soldats et
 * en ont blessé 15 autres", "bilan de 11 morts", "au moins 1.500 morts depuis 2011"). {@link
 * org.vigie.event.EventStage} is the stage; the words live in resource files (triggers, casualty
 * vocabulary, modality cues). Everything here is immutable or per-document, so one stage serves
 * every thread.
 */
package org.vigie.event;
