package io.github.vanban.examples.generate;

import com.google.common.collect.ImmutableList;

/**
 * One generated text file and the facts it holds, in the order its documents appear.
 *
 * @param name the file name, {@code gen-0000042.txt}
 * @param text the text of the file
 * @param gold the planted documents
 */
public record GeneratedFile(String name, String text, ImmutableList<Gold.Document> gold) {

  /** The name of its gold file: {@code gen-0000042.json}. */
  public String goldName() {
    return name.substring(0, name.length() - ".txt".length()) + ".json";
  }

  /** The gold file, {@code vanban-extract/1} JSON. */
  public String goldJson() {
    return GoldJson.write(name, gold);
  }
}
