package io.github.vanban.parser.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.text.Fold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scan that tries at each token only the rules its word, number or mark may begin finds
 * what the full scan, which tries every rule at every token, finds: on the real-shaped clauses
 * of {@code deadlines.tsv}, on those clauses mutated (words dropped, repeated, swapped,
 * inserted from the grammar's vocabulary, stripped of their marks, upper-cased) and on word
 * soup.
 */
class ScanDispatchPropertiesTest {

  private static final List<String> CLAUSES = clauses();

  private static final List<String> VOCABULARY = List.of("trước", "ngày", "ngay", "Ngày",
      "tháng", "năm", "quý", "hằng", "mỗi", "định", "kỳ", "báo", "cáo", "trong", "thời", "hạn",
      "vòng", "làm", "việc", "kể", "từ", "ký", "chậm", "nhất", "là", "cuối", "cùng", "của", "đầu",
      "sau", "tiếp", "theo", "khi", "có", "nếu", "trường", "hợp", "trừ", "đột", "xuất", "không",
      "Tết", "thứ", "Sáu", "tuần", "giờ", "h", "phút", "II", "IV", "6", "06", "15", "31", "2021",
      "99999", "/", "-", ".", ",", ";", "(", ")", ":", "và", "hoặc", "lần", "một", "mười", "đến",
      "hết", "tính", "sơ", "kết", "tổng", "nửa", "vào", "hoàn", "thành", "để", "đề", "chủ",
      "nhật", "tư", "tám", "hàng", "muộn", "xong", "gửi", "tình", "hình", "kết", "quả", "nay");

  private static final List<Optional<LocalDate>> DATES =
      List.of(Optional.empty(), Optional.of(LocalDate.of(2021, 3, 2)));

  @Property(tries = 400)
  void findsWhatTheFullScanFindsOnRealClauses(@ForAll("realClauses") String clause) {
    assertSameAsFullScan(clause);
  }

  @Property(tries = 1500)
  void findsWhatTheFullScanFindsOnMutatedClauses(@ForAll("mutatedClauses") String clause) {
    assertSameAsFullScan(clause);
  }

  @Property(tries = 1000)
  void findsWhatTheFullScanFindsOnWordSoup(@ForAll("soup") String clause) {
    assertSameAsFullScan(clause);
  }

  @Provide
  Arbitrary<String> realClauses() {
    return Arbitraries.of(CLAUSES);
  }

  @Provide
  Arbitrary<String> mutatedClauses() {
    Arbitrary<List<Integer>> edits = Arbitraries.integers().between(0, 1 << 20).list()
        .ofMinSize(1).ofMaxSize(6);
    return Combinators.combine(Arbitraries.of(CLAUSES), edits).as(ScanDispatchPropertiesTest::mutate);
  }

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(VOCABULARY).list().ofMaxSize(40).map(ws -> String.join(" ", ws));
  }

  private static void assertSameAsFullScan(String clause) {
    ImmutableList<Token> tokens = Tokenizer.tokens(clause, 0, clause.length());
    for (Optional<LocalDate> date : DATES) {
      List<Deadline> full = new ClauseReader(clause, tokens, date, true).read();
      List<Deadline> byWord = new ClauseReader(clause, tokens, date, false).read();
      assertEquals(full, byWord, clause + " (" + date + ")");
    }
  }

  /** Applies each edit (its kind and its place drawn from the number) to the words. */
  private static String mutate(String clause, List<Integer> edits) {
    List<String> words = new ArrayList<>(Arrays.asList(clause.split(" ")));
    for (int edit : edits) {
      int at = (edit >>> 3) % Math.max(1, words.size());
      if (words.isEmpty()) {
        words.add(VOCABULARY.get(edit % VOCABULARY.size()));
        continue;
      }
      switch (edit & 7) {
        case 0 -> words.remove(at);
        case 1 -> words.add(at, words.get(at));
        case 2 -> words.add(at, VOCABULARY.get((edit >>> 8) % VOCABULARY.size()));
        case 3 -> words.set(at, Fold.stripMarks(words.get(at)));
        case 4 -> words.set(at, words.get(at).toUpperCase(Locale.ROOT));
        case 5 -> {
          if (at + 1 < words.size()) {
            words.set(at, words.set(at + 1, words.get(at)));
          }
        }
        case 6 -> words.set(at, VOCABULARY.get((edit >>> 8) % VOCABULARY.size()));
        default -> words.set(at, words.get(at) + VOCABULARY.get((edit >>> 8) % VOCABULARY.size()));
      }
    }
    return String.join(" ", words);
  }

  private static List<String> clauses() {
    try {
      String text = Resources.toString(Resources.getResource(ScanDispatchPropertiesTest.class,
          "deadlines.tsv"), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1)[0]);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
