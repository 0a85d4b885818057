/**
 * Citations: finding the documents a document names, resolving short forms ({@code Chỉ thị
 * 28}) to their full form, and classifying how the citing document relates to each.
 */
@NullMarked
package io.github.vanban.parser.citation;

import org.jspecify.annotations.NullMarked;
