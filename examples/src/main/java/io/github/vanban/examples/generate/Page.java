package io.github.vanban.examples.generate;

import io.github.vanban.core.text.Fold;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out the text of one generated document in one of the shapes web copies of real
 * documents show: the two header columns one after the other or as a table of pipes,
 * markdown {@code **} around the issuer and the title, body paragraphs hard-wrapped (with a
 * page break now and then), some or all words without their diacritics, {@code Uỷ} for
 * {@code Ủy}. The noise is drawn once per document from its own random source.
 */
final class Page {
  private final StringBuilder out = new StringBuilder();
  private final SplittableRandom random;
  private final boolean bold;
  private final boolean pipes;
  private final int wrap;
  private final boolean pageBreak;
  private final boolean oldUy;
  private final boolean stripAll;
  private final boolean stripSome;
  private final boolean spacedNumber;
  private final boolean typoNoiNhan;
  private boolean brokePage;

  Page(SplittableRandom random) {
    this.random = random;
    this.bold = random.nextInt(100) < 30;
    this.pipes = random.nextInt(100) < 15;
    this.wrap = random.nextInt(100) < 35 ? 70 + random.nextInt(25) : 0;
    this.pageBreak = random.nextInt(100) < 20;
    this.oldUy = random.nextInt(100) < 30;
    int strip = random.nextInt(100);
    this.stripAll = strip < 4;
    this.stripSome = strip >= 4 && strip < 12;
    this.spacedNumber = random.nextInt(100) < 20;
    this.typoNoiNhan = random.nextInt(100) < 10;
    if (random.nextInt(100) < 10) {
      out.append("Trang chủ » Văn bản » Văn bản chỉ đạo, điều hành\n\n");
    }
    out.append('\n');
  }

  /** The number line as printed: {@code Số: 539/UBND-VHXH}, sometimes with a space before the slash. */
  String numberLine(String prefix, String number) {
    String n = number;
    int slash = number.indexOf('/');
    if (spacedNumber && slash > 0 && Character.isDigit(number.charAt(slash - 1))) {
      n = number.substring(0, slash) + " " + number.substring(slash);
    }
    return prefix + n;
  }

  /** The two header columns: the issuer's side and the motto and date line. */
  void header(List<String> left, List<String> right) {
    if (pipes) {
      int rows = Math.max(left.size(), right.size());
      for (int i = 0; i < rows; i++) {
        String l = i < left.size() ? left.get(i) : "";
        String r = i < right.size() ? right.get(i) : "";
        out.append("| ").append(l).append(" | ").append(r).append(" |\n");
        if (i == 0) {
          out.append("|---|---|\n");
        }
      }
      out.append('\n');
      return;
    }
    block(left, 2);
    out.append('\n');
    for (String r : right) {
      out.append(r).append('\n');
    }
    out.append('\n');
  }

  /** Lines written one after the other, the first {@code boldLines} of them in bold when the style says. */
  private void block(List<String> lines, int boldLines) {
    for (int i = 0; i < lines.size(); i++) {
      boolean open = bold && i == 0 && boldLines > 0;
      boolean close = bold && i == Math.min(boldLines, lines.size()) - 1;
      out.append(open ? "**" : "").append(lines.get(i)).append(close ? "**" : "").append('\n');
    }
  }

  /** The type heading and its title lines. */
  void title(List<String> lines) {
    out.append('\n');
    if (bold && lines.size() > 1) {
      out.append(lines.get(0)).append('\n');
      block(lines.subList(1, lines.size()), lines.size() - 1);
    } else {
      lines.forEach(l -> out.append(l).append('\n'));
    }
    out.append('\n');
  }

  /** A body paragraph, wrapped when the style says. */
  void para(String text) {
    String t = stripSome && random.nextInt(3) == 0 ? Fold.stripMarks(text) : text;
    if (wrap == 0 || t.length() <= wrap) {
      out.append(t).append("\n\n");
      return;
    }
    int col = 0;
    boolean breakHere = pageBreak && !brokePage && random.nextInt(3) == 0;
    int breakAt = breakHere ? t.length() / 2 : -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' && col >= wrap) {
        out.append('\n');
        col = 0;
        continue;
      }
      if (c == ' ' && breakAt >= 0 && i >= breakAt) {
        out.append("\n\n");
        breakAt = -1;
        brokePage = true;
        col = 0;
        continue;
      }
      out.append(c);
      col++;
    }
    out.append("\n\n");
  }

  /** A line as it is. */
  void line(String text) {
    out.append(text).append('\n');
  }

  /** The list of receivers. */
  void distribution(List<String> lines) {
    out.append(typoNoiNhan ? "Noi nhận:" : "Nơi nhận:").append('\n');
    lines.forEach(l -> out.append("- ").append(l).append('\n'));
    out.append('\n');
  }

  /** The signature block: authority and title lines, blank lines, the name. */
  void signature(List<String> lines, String name) {
    block(lines, bold ? lines.size() : 0);
    out.append("\n\n\n").append(name).append('\n');
  }

  void blank() {
    out.append('\n');
  }

  String text() {
    String t = out.toString();
    if (oldUy) {
      t = t.replace("Ủy", "Uỷ").replace("ủy", "uỷ").replace("hòa", "hoà");
    }
    return stripAll ? Fold.stripMarks(t) : t;
  }
}
