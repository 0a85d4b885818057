/**
 * The first stage: decoding bytes into text (UTF-8, UTF-16, legacy TCVN3 and Windows-1258,
 * binary refused with a diagnostic) and normalising it at the boundary (NFC, line ends,
 * control characters), so that every later offset refers to one normalised text.
 */
@NullMarked
package io.github.vanban.parser.text;

import org.jspecify.annotations.NullMarked;
