package dev.chorus.analysis.coordination.network;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One group of accounts that shared the same objects within the window, with what they shared.
 *
 * @param id 0 for the largest group
 * @param component the connected component it lies in
 * @param accounts pseudonyms, sorted
 * @param objects distinct objects co-shared inside the group
 * @param posts distinct posts in the group's coordinated pairs
 * @param first earliest of those posts
 * @param last latest of those posts
 * @param languages post counts by language (platform's, else detected), most frequent first, at most five
 * @param stances post counts by stance label ({@code target:value}), most frequent first, at most five
 * @param frames post counts by frame, most frequent first, at most five
 * @param examplePostIds up to five post ids, earliest first
 */
public record CoordinatedGroup(int id, int component, List<String> accounts, int objects, int posts, Instant first,
    Instant last, Map<String, Long> languages, Map<String, Long> stances, Map<String, Long> frames,
    List<String> examplePostIds) {}
