package org.sobujang.query.consistency;

import java.util.List;
import java.util.Map;

import org.sobujang.query.infra.TokenPositions;
import org.sobujang.query.processors.ProcessorPositions;
import org.sobujang.query.processors.ProcessorPositions.SegmentPosition;

/**
 * Whether every projection has seen an event. Any read model may answer a query, and every segment of every
 * processor is asked, because which segment an event belongs to is the sequencing policy's business, per processor.
 */
public class ProjectionCoverage {

    private final ProcessorPositions positions;

    public ProjectionCoverage(ProcessorPositions positions) {
        this.positions = positions;
    }

    public boolean covers(long globalIndex) {
        Map<String, List<SegmentPosition>> all = positions.current();
        for (List<SegmentPosition> segments : all.values()) {
            // Without initialized segments the processor has not started reading: it has seen nothing.
            if (segments.isEmpty()) {
                return false;
            }
            for (SegmentPosition segment : segments) {
                if (!TokenPositions.covers(segment.token(), globalIndex)) {
                    return false;
                }
            }
        }
        return true;
    }
}
