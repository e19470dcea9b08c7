package org.vigie.nlp;

final class Placeholder {}
