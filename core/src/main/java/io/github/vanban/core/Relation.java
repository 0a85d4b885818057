package io.github.vanban.core;

/**
 * How a document relates to a document it cites, as annotated by {@code vanban-extract/1}.
 */
public enum Relation {
  /** The cited document is what this document exists to carry out. */
  IMPLEMENTS,
  /** A legal basis listed under {@code Căn cứ} in a decision's preamble. */
  BASIS,
  /** This document is a copy ({@link DocumentType#BAN_SAO}) of the cited original. */
  COPY_OF,
  /** Any other mention: background, a document looked back on, a request answered. */
  REFERENCES
}
