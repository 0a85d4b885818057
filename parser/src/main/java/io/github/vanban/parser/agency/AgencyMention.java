package io.github.vanban.parser.agency;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Span;

/**
 * A stretch of text that names one or more bodies, and the bodies it names under their
 * canonical names. A catch-all ({@code các cơ quan, đơn vị có liên quan}) is a mention that
 * names no body: its {@link #agencies()} is empty, which tells a caller that the words are a
 * subject but no agency.
 *
 * @param span the words, as offsets into the text that was searched
 * @param agencies the bodies named, one per body ({@code Sở Nội vụ, Sở Tư pháp} is two
 *     mentions; a collective {@code các sở, ban, ngành} is one group agency)
 */
public record AgencyMention(Span span, ImmutableList<Agency> agencies) {

  /** Checks its parts. */
  public AgencyMention {
    checkNotNull(span, "span");
    checkNotNull(agencies, "agencies");
  }

  /** Whether the mention names no body (a catch-all). */
  public boolean catchAll() {
    return agencies.isEmpty();
  }
}
