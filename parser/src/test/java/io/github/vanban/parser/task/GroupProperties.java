package io.github.vanban.parser.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Group#agencies} and {@link BodyReading#dedupe} give the plain definition, every body
 * once by key in order of first mention, also on their fast path for one name of one body.
 */
class GroupProperties {
  private static final List<String> NAMES = List.of("Sở Nội vụ", "Sở Tư pháp", "SỞ NỘI VỤ",
      "Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh", "Công an tỉnh");

  @Provide
  Arbitrary<List<List<String>>> members() {
    return Arbitraries.of(NAMES).list().ofMaxSize(3).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 300)
  void agenciesAsTheDefinition(@ForAll("members") List<List<String>> names) {
    List<Mention> members = new ArrayList<>();
    List<Agency> all = new ArrayList<>();
    int at = 0;
    for (List<String> m : names) {
      ImmutableList<Agency> agencies = m.stream().map(Agency::of)
          .collect(ImmutableList.toImmutableList());
      members.add(new Mention(at, at + 5, agencies));
      all.addAll(agencies);
      at += 10;
    }
    Map<String, Agency> expected = new LinkedHashMap<>();
    all.forEach(a -> expected.putIfAbsent(a.key(), a));
    Group g = new Group(0, at, ImmutableList.copyOf(members));
    assertEquals(List.copyOf(expected.values()), g.agencies());
    assertEquals(List.copyOf(expected.values()), BodyReading.dedupe(all));
  }
}
