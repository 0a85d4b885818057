package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;

/**
 * A name of one or more bodies in running text, {@code [start, end)}: {@code Sở Nội vụ}, a
 * head standing for its body ({@code Chủ tịch UBND các huyện}), or a list that names several
 * ({@code Giám đốc các Sở: Tư pháp, Y tế}). A catch-all ({@code các cơ quan, đơn vị có liên
 * quan}) is a mention with no agencies.
 *
 * @param start the offset of its first character
 * @param end the offset after its last character
 * @param agencies the bodies it names, in order; empty for a catch-all
 */
record Mention(int start, int end, ImmutableList<Agency> agencies) {}
