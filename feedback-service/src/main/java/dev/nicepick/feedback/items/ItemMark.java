package dev.nicepick.feedback.items;

/**
 * Readers' marks on one pro or con of a topic.
 *
 * @param list  {@code pros} or {@code cons}
 * @param index the item's place in its list, from 0, as the topic's newest version has it
 * @param count readers who marked it ("this matters to me" on a pro, "this con is wrong" on a con)
 * @param mine  whether the calling reader marked it (false without a reader)
 */
public record ItemMark(String option, String list, int index, long count, boolean mine) {
}
