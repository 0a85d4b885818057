package io.github.vanban.parser;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Links a Party copy ({@code SAO LỤC}, {@code SAO Y}, {@code TRÍCH SAO}: type {@link
 * DocumentType#BAN_SAO}) to the original it reproduces in the same source: the nearest
 * document before it that is not itself a copy, else the nearest after it. The copy gains a
 * {@link Relation#COPY_OF} citation of the original.
 */
final class Copies {
  private Copies() {}

  static List<Document> link(List<Document> docs) {
    List<Document> out = new ArrayList<>(docs);
    for (int i = 0; i < docs.size(); i++) {
      Document copy = docs.get(i);
      if (copy.type() != DocumentType.BAN_SAO) {
        continue;
      }
      Document original = null;
      for (int j = i - 1; j >= 0 && original == null; j--) {
        if (docs.get(j).type() != DocumentType.BAN_SAO) {
          original = docs.get(j);
        }
      }
      for (int j = i + 1; j < docs.size() && original == null; j++) {
        if (docs.get(j).type() != DocumentType.BAN_SAO) {
          original = docs.get(j);
        }
      }
      if (original == null) {
        continue;
      }
      var c = Citation.builder().type(original.type()).relation(Relation.COPY_OF)
          .span(original.spans().getOrDefault(Document.Field.NUMBER, original.span()));
      original.number().ifPresent(c::number);
      original.date().ifPresent(c::date);
      original.issuer().ifPresent(c::issuer);
      Citation cited = c.build();
      List<Citation> cites = new ArrayList<>();
      cites.add(cited);
      for (Citation other : copy.citations()) {
        if (!other.key().equals(cited.key())) {
          cites.add(other);
        }
      }
      out.set(i, Document.builder().from(copy).citations(ImmutableList.copyOf(cites)).build());
    }
    return out;
  }
}
