package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.agency.Locality;
import io.github.vanban.parser.segment.DocumentContext;

/**
 * The {@link MentionFinder} of a document, over the agency resolver of its context and the
 * locality of its header. It tries, from each word that may open a name, the longest run of
 * words (up to a sentence mark) that the resolver accepts.
 */
final class AgencyMentions implements MentionFinder {
  private static final int MAX_WORDS = 16;

  private final AgencyResolver resolver;
  private final Locality locality;

  private AgencyMentions(AgencyResolver resolver, Locality locality) {
    this.resolver = resolver;
    this.locality = locality;
  }

  /** The finder for the document of {@code context}. */
  static MentionFinder of(DocumentContext context) {
    return new AgencyMentions(context.agencies(), context.header().locality());
  }

  @Override
  public ImmutableList<Mention> find(String text, int from, int to) {
    ImmutableList.Builder<Mention> out = ImmutableList.builder();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      boolean start = Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (!start || !Character.isUpperCase(c) && !text.regionMatches(true, i, "các ", 0, 4)
          && !text.regionMatches(true, i, "cac ", 0, 4)) {
        i++;
        continue;
      }
      int[] ends = wordEnds(text, i, to);
      Mention found = null;
      for (int k = ends.length - 1; k >= 0 && found == null; k--) {
        String phrase = text.substring(i, ends[k]);
        ImmutableList<Agency> agencies = resolver.resolveAll(phrase, locality);
        if (!agencies.isEmpty()) {
          found = new Mention(i, ends[k], agencies);
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
      }
    }
    return out.build();
  }

  /** The ends of the first 1 … MAX_WORDS words from {@code i}, stopping at sentence marks. */
  private static int[] wordEnds(String text, int i, int to) {
    int[] ends = new int[MAX_WORDS];
    int n = 0;
    int p = i;
    while (p < to && n < MAX_WORDS) {
      while (p < to && Character.isLetterOrDigit(text.charAt(p))) {
        p++;
      }
      ends[n++] = p;
      while (p < to && !Character.isLetterOrDigit(text.charAt(p))) {
        char c = text.charAt(p);
        if (c == '.' || c == ';' || c == '(' || c == ')' || c == '\n' && p + 1 < to && text.charAt(p + 1) == '\n') {
          return java.util.Arrays.copyOf(ends, n);
        }
        p++;
      }
    }
    return java.util.Arrays.copyOf(ends, n);
  }
}
