package io.github.vanban.parser.segment;

import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.footer.Footer;
import io.github.vanban.parser.header.Header;

/**
 * What the body stages (citations, tasks, reporting) need to know about the document they
 * read: the normalised source text, the document's segment, its header and footer, and the
 * agency resolver. The body is {@code [header.bodyStart(), footer.start())}.
 *
 * @param text the whole normalised source text (offsets are into it)
 * @param segment the document's stretch of the text
 * @param header what the header said
 * @param footer what the footer said
 * @param agencies the resolver of agency names
 */
public record DocumentContext(String text, Segment segment, Header header, Footer footer,
    AgencyResolver agencies) {

  /** The offset where the body begins. */
  public int bodyStart() {
    return Math.min(Math.max(header.bodyStart(), segment.start()), bodyEnd());
  }

  /** The offset where the body ends. */
  public int bodyEnd() {
    return Math.max(segment.start(), Math.min(footer.start(), segment.end()));
  }
}
