package io.github.vanban.examples.generate;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes a generated corpus to a folder: {@code docs/gen-NNNNNNN.txt} and, beside it,
 * {@code gold/gen-NNNNNNN.json} with the facts each file holds, the layout of {@code
 * shared/eval/dev}, so that {@code score.py --gold DIR/gold --pred OUT} scores an extraction
 * of {@code DIR/docs}. Files are written in parallel; their bytes do not depend on it.
 */
public final class CorpusWriter {
  private CorpusWriter() {}

  /** What was written. */
  public record Summary(int files, long textBytes, int documents) {}

  /** Writes files {@code 0 … count-1} of {@code generator} under {@code out}. */
  public static Summary write(CorpusGenerator generator, int count, Path out) throws IOException {
    checkArgument(count >= 0, "count must not be negative: %s", count);
    Path docs = out.resolve("docs");
    Path gold = out.resolve("gold");
    Files.createDirectories(docs);
    Files.createDirectories(gold);
    AtomicLong bytes = new AtomicLong();
    AtomicLong documents = new AtomicLong();
    try {
      IntStream.range(0, count).parallel().forEach(i -> {
        GeneratedFile f = generator.file(i);
        byte[] text = f.text().getBytes(StandardCharsets.UTF_8);
        try {
          Files.write(docs.resolve(f.name()), text);
          Files.writeString(gold.resolve(f.goldName()), f.goldJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        bytes.addAndGet(text.length);
        documents.addAndGet(f.gold().size());
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Summary(count, bytes.get(), (int) documents.get());
  }
}
