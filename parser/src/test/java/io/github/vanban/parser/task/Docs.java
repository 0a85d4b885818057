package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.footer.Footer;
import io.github.vanban.parser.header.Header;
import io.github.vanban.parser.segment.DocumentContext;
import io.github.vanban.parser.segment.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hand-built document contexts for tests: the whole text is the body. */
final class Docs {
  private Docs() {}

  static DocumentContext body(String text) {
    return context(text, null, List.of());
  }

  static DocumentContext context(String text, String issuer, List<String> recipients) {
    var h = Header.builder().bodyStart(0).date(LocalDate.of(2020, 4, 17))
        .recipients(recipients);
    if (issuer != null) {
      h.issuer(Agency.of(issuer));
    }
    return new DocumentContext(text, new Segment(0, text.length(), Segment.Kind.DOCUMENT),
        h.build(), new Footer(Optional.empty(), ImmutableList.of(), text.length()),
        AgencyResolver.standard());
  }
}
