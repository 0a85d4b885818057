package io.github.vanban.examples.generate;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The data the generator draws from, read from the resource files beside this class:
 * the 63 provinces with two districts each, the departments of a provincial People's
 * Committee, the subjects of central directives, the parts of personal names and sentences that
 * plant no fact.
 */
final class Gazetteer {
  private static final Splitter TAB = Splitter.on('\t');
  private static final Splitter SEMI = Splitter.on(';').trimResults().omitEmptyStrings();
  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings();

  final ImmutableList<Province> provinces;
  final ImmutableList<Department> departments;
  final ImmutableList<Topic> topics;
  final ImmutableList<String> familyNames;
  final ImmutableList<String> middleNames;
  final ImmutableList<String> givenNames;
  final ImmutableList<String> fillers;
  final ImmutableList<String> background;

  private Gazetteer() {
    ImmutableList.Builder<Province> p = ImmutableList.builder();
    for (List<String> row : rows("provinces.tsv")) {
      p.add(new Province(row.get(0), row.get(1), ImmutableList.copyOf(SEMI.split(row.get(2)))));
    }
    provinces = p.build();
    ImmutableList.Builder<Department> d = ImmutableList.builder();
    for (List<String> row : rows("departments.tsv")) {
      d.add(new Department(row.get(0), row.get(1), row.get(2)));
    }
    departments = d.build();
    ImmutableList.Builder<Topic> t = ImmutableList.builder();
    for (List<String> row : rows("topics.tsv")) {
      Department dept = departments.stream().filter(x -> x.name().equals(row.get(3))).findFirst()
          .orElseThrow(() -> new IllegalStateException("topics.tsv: no department " + row.get(3)));
      t.add(new Topic(row.get(0), row.get(1), row.get(2), dept));
    }
    topics = t.build();
    List<String> names = lines("names.txt");
    familyNames = ImmutableList.copyOf(SPACE.split(names.get(0)));
    middleNames = ImmutableList.copyOf(SPACE.split(names.get(1)));
    givenNames = ImmutableList.copyOf(SPACE.split(names.get(2)));
    fillers = ImmutableList.copyOf(lines("fillers.txt"));
    background = ImmutableList.copyOf(lines("background.txt"));
  }

  private static final Gazetteer STANDARD = new Gazetteer();

  static Gazetteer standard() {
    return STANDARD;
  }

  private static List<List<String>> rows(String resource) {
    return lines(resource).stream().map(TAB::splitToList).collect(ImmutableList.toImmutableList());
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A province or centrally-run city: {@code unit} is {@code tỉnh} or {@code thành phố}.
   *
   * @param unit the kind of unit as written before the name
   * @param name the proper name, {@code Kiên Giang}
   * @param districts district units below it, {@code huyện Châu Thành}
   */
  record Province(String unit, String name, ImmutableList<String> districts) {
    boolean city() {
      return unit.equals("thành phố");
    }

    /** {@code tỉnh Kiên Giang}, {@code thành phố Hà Nội}. */
    String full() {
      return unit + " " + name;
    }

    /** The place of the date line. */
    String place() {
      return name.equals("Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : name;
    }

    /** {@code Tỉnh ủy} or {@code Thành ủy}. */
    String party() {
      return city() ? "Thành ủy" : "Tỉnh ủy";
    }

    /** {@code Tỉnh ủy Kiên Giang}. */
    String partyName() {
      return party() + " " + name;
    }

    /** The district units under it as a group: {@code các huyện, thị xã, thành phố}. */
    String districtGroup() {
      return city() ? "các quận, huyện" : "các huyện, thị xã, thành phố";
    }

    String upper(String s) {
      return s.toUpperCase(Locale.ROOT);
    }
  }

  /** A department of a provincial People's Committee. */
  record Department(String name, String code, String districtOffice) {}

  /** A subject of central directives and the bodies that lead on it. */
  record Topic(String subject, String board, String ministry, Department department) {}
}
