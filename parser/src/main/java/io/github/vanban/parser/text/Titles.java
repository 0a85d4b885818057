package io.github.vanban.parser.text;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import io.github.vanban.core.text.Fold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Titles of office holders ({@code Phó Chủ tịch}, {@code Chánh Văn phòng}) from the bundled
 * list {@code titles.txt}, matched without regard to case or diacritics.
 */
public final class Titles {
  /** A title: as written, and folded. */
  public record Title(String written, String folded) {}

  private static final ImmutableList<Title> TITLES = load();

  private Titles() {}

  /** The longest title that begins folded {@code f} at {@code i} as whole words. */
  public static Optional<Title> at(String f, int i) {
    for (Title t : TITLES) {
      if (MatchText.wordAt(f, i, t.folded())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code upper} (an upper-case title line: {@code PHÓ CHỦ TỊCH}, {@code CỤC TRƯỞNG CỤC
   * LÃNH SỰ}) in sentence case: a known title as the list writes it, then the body it heads
   * with the first word of its name capitalised ({@code Cục trưởng Cục Lãnh sự}).
   */
  public static String sentenceCase(String upper) {
    String s = MatchText.collapse(upper);
    if (s.isEmpty()) {
      return s;
    }
    String f = fold(s);
    Optional<Title> t = at(f, 0);
    StringBuilder b = new StringBuilder();
    String rest;
    if (t.isPresent()) {
      b.append(t.get().written());
      rest = s.substring(t.get().folded().length()).trim();
    } else {
      rest = s;
    }
    if (!rest.isEmpty()) {
      String[] words = rest.toLowerCase(Locale.ROOT).split(" ");
      boolean capNext = true;
      for (String w : words) {
        if (w.isEmpty()) {
          continue;
        }
        if (b.length() > 0) {
          b.append(' ');
        }
        String fw = fold(w);
        boolean office = fw.equals("cuc") || fw.equals("vu") || fw.equals("so") || fw.equals("ban")
            || fw.equals("bo") || fw.equals("phong") || fw.equals("van") || fw.equals("uy");
        if (capNext || office) {
          b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
          capNext = office;
        } else {
          b.append(w);
        }
      }
    }
    return b.toString();
  }

  private static String fold(String s) {
    return Fold.stripMarks(s).toLowerCase(Locale.ROOT);
  }

  private static ImmutableList<Title> load() {
    try {
      List<Title> out = new ArrayList<>();
      for (String line : Resources.readLines(Titles.class.getResource("titles.txt"), StandardCharsets.UTF_8)) {
        String l = line.trim();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(new Title(l, fold(l)));
        }
      }
      out.sort(Comparator.comparingInt((Title t) -> -t.folded().length()));
      return ImmutableList.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
