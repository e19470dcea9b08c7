package org.vigie.cli;

final class Placeholder {}
