package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.text.Fold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small stand-in for the gazetteer in tests: a table of names (folded) and the bodies
 * they stand for, matched longest first at word starts, with a head title before them
 * standing for the body.
 */
final class FakeMentions implements MentionFinder {
  private static final List<String> HEADS = List.of("chanh", "giam doc", "chu tich", "thu truong",
      "truong");

  private final Map<String, ImmutableList<Agency>> names = new LinkedHashMap<>();

  /** Adds {@code surface} (as printed) naming {@code bodies}; no bodies makes it a catch-all. */
  FakeMentions name(String surface, String... bodies) {
    ImmutableList.Builder<Agency> b = ImmutableList.builder();
    for (String body : bodies) {
      b.add(Agency.of(body));
    }
    names.put(Fold.fold(surface), b.build());
    return this;
  }

  /** Matches {@code key} at {@code p}, a space in it standing for any run of non-letters. */
  private static int loose(Folded f, int p, String key, int to) {
    int j = p;
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      if (c == ' ') {
        int s = j;
        while (j < to && !Folded.isWord(f.at(j))) {
          j++;
        }
        if (j == s) {
          return -1;
        }
      } else if (j < to && f.at(j) == c) {
        j++;
      } else {
        return -1;
      }
    }
    return j < to && Folded.isWord(f.at(j)) ? -1 : j;
  }

  @Override
  public ImmutableList<Mention> find(String text, int from, int to) {
    Folded f = new Folded(text);
    List<String> keys = new ArrayList<>(names.keySet());
    keys.sort((a, b) -> b.length() - a.length());
    ImmutableList.Builder<Mention> out = ImmutableList.builder();
    int i = from;
    while (i < to) {
      if (!Folded.isWord(f.at(i)) || !f.boundaryBefore(i)) {
        i++;
        continue;
      }
      int start = i;
      Mention found = null;
      for (String k : keys) {
        int e = loose(f, i, k, to);
        if (e > 0) {
          found = new Mention(start, e, names.get(k));
          break;
        }
      }
      int p = i;
      for (String h : HEADS) {
        int e = f.match(p, h, to);
        if (e > 0) {
          p = f.skipSpace(e, to);
          break;
        }
      }
      for (String k : keys) {
        if (found != null) {
          break;
        }
        int e = loose(f, p, k, to);
        if (e > 0) {
          found = new Mention(start, e, names.get(k));
          break;
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i = Math.max(f.wordEnd(i, to), i + 1);
      }
    }
    return out.build();
  }
}
