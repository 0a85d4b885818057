/**
 * The footer reader: the distribution list ({@code Nơi nhận}) and the signature block with
 * its authority ({@code TM.}, {@code KT.}, {@code TL.}, {@code TUQ.}, {@code Q.}).
 */
@NullMarked
package io.github.vanban.parser.footer;

import org.jspecify.annotations.NullMarked;
