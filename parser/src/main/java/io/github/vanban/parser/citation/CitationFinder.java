package io.github.vanban.parser.citation;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Citation;
import io.github.vanban.parser.segment.DocumentContext;

/**
 * Finds every document named in a document's header and body, by number or by type and
 * date, resolves short forms to their full form, and decides the relation (IMPLEMENTS,
 * BASIS, COPY_OF, REFERENCES). Thread-safe.
 */
public final class CitationFinder {

  /** The citations of the document, once each, in order of first mention. */
  public ImmutableList<Citation> find(DocumentContext context) {
    return ImmutableList.of();
  }
}
