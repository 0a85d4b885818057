/**
 * Rule-based extraction from Vietnamese Party and State documents. {@link
 * io.github.vanban.parser.Vanban} is the one-line entry point; {@link
 * io.github.vanban.parser.DocumentParser} the configurable, thread-safe parser. Each stage
 * lives in its own package: {@code text} (decode, normalise), {@code segment}, {@code
 * header}, {@code footer}, {@code citation}, {@code agency}, {@code task}, {@code time}.
 */
@NullMarked
package io.github.vanban.parser;

import org.jspecify.annotations.NullMarked;
