package io.github.vanban.parser.agency;

import io.github.vanban.core.text.Fold;
import java.util.List;
import java.util.Map;

/** The evaluation's {@code agency_key} (shared/eval/score.py): how names are compared. */
final class ScorerKey {
  private static final Map<String, String> ABBREVIATIONS = Map.of(
      "ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "mttq", "mat tran to quoc",
      "tw", "trung uong", "btv", "ban thuong vu", "vn", "viet nam", "ub", "uy ban");
  private static final List<String> HEAD_TITLES = List.of("pho chu tich", "chu tich",
      "pho giam doc", "giam doc", "thu truong", "pho bi thu", "bi thu", "chanh");

  private ScorerKey() {}

  static String of(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : Fold.fold(name).split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(ABBREVIATIONS.getOrDefault(w, w));
    }
    String text = b.toString();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String t : HEAD_TITLES) {
        if (text.startsWith(t + " ")) {
          text = text.substring(t.length() + 1);
          changed = true;
        }
      }
    }
    return text.startsWith("cac ") ? text.substring(4) : text;
  }
}
