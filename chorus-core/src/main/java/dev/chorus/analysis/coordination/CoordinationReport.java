package dev.chorus.analysis.coordination;

import dev.chorus.analysis.coordination.coortweet.DetectionSummary;
import dev.chorus.analysis.coordination.network.CoordinatedGroup;
import dev.chorus.analysis.coordination.network.CoordinationNetwork;
import dev.chorus.analysis.coordination.network.NetworkFacts;
import java.util.List;

/**
 * The result of a workspace coordination analysis, for the CLI and the HTTP API to render.
 *
 * @param request what was asked
 * @param posts posts read
 * @param shares rows of the share table (post, object) built from them
 * @param detection the coordinated pairs found
 * @param network the thresholded account network
 * @param groups its groups, largest first
 * @param facts what the network exports say about its accounts and edges
 * @param seconds wall time of the whole analysis
 */
public record CoordinationReport(CoordinationRequest request, long posts, long shares, DetectionSummary detection,
    CoordinationNetwork network, List<CoordinatedGroup> groups, NetworkFacts facts, double seconds) {}
