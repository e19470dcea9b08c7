package org.vigie.model;

/** The place and date a dispatch gives at its head ("EREVAN, 26 MARS, ARMENPRESS."). */
public record Dateline(String place, String date) {}
