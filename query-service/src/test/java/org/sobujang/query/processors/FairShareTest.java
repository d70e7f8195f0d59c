package org.sobujang.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FairShareTest {

    @ParameterizedTest(name = "{0} segments over {1} live instances: at most {2} each")
    @CsvSource({
            "2, 1, 2",
            "2, 2, 1",
            "2, 3, 1",
            "8, 3, 3",
            "8, 4, 2",
            "1, 5, 1",
            "0, 2, 0",
            // Not even this instance's heartbeat counted: it keeps everything rather than nothing.
            "4, 0, 4"})
    void theFairShareIsTheSegmentsDividedByTheLiveInstancesRoundedUp(int segments, int nodes, int share) {
        assertThat(FairShare.of(segments, nodes)).isEqualTo(share);
    }

    @ParameterizedTest(name = "holding {0} of {1} with {2} live: release {3}")
    @CsvSource(delimiter = ';', value = {
            "0,1; 2; 1; ''",
            "0,1; 2; 2; 1",
            "0,1,2,3; 4; 2; 3,2",
            "0,1,2,3,4,5,6,7; 8; 3; 7,6,5,4,3",
            "5; 8; 3; ''",
            "0,3,5; 8; 3; ''",
            "'';  2; 2; ''"})
    void anInstanceReleasesOnlyWhatItHoldsBeyondItsShareHighestFirst(String held, int segments, int nodes,
                                                                      String released) {
        assertThat(FairShare.surplus(ids(held), segments, nodes)).containsExactlyElementsOf(ids(released));
    }

    private static List<Integer> ids(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
