/**
 * Segmentation: where in a source each document begins and ends (a letter with its
 * attachment, a Party copy around its original, a received stamp, a news report).
 */
@NullMarked
package io.github.vanban.parser.segment;

import org.jspecify.annotations.NullMarked;
