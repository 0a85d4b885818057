package io.github.vanban.parser.footer;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Signer;
import java.util.Optional;

/**
 * What the footer of a document holds: the distribution list ({@code Nơi nhận}) and the
 * signature, and where the footer begins, which is where the body ends.
 *
 * @param signer the signature, if found
 * @param distribution the lines under {@code Nơi nhận}, as printed
 * @param start the offset where the footer begins
 */
public record Footer(Optional<Signer> signer, ImmutableList<String> distribution, int start) {}
