package org.vigie.eval;

final class Placeholder {}
