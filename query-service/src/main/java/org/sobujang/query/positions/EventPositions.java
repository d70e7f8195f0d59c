package org.sobujang.query.positions;

import java.util.OptionalLong;

/** Where events stand in the shared event store's global order, which Axon's API does not expose by identifier. */
public interface EventPositions {

    /** The global index of the event with this identifier, empty when the event store holds no such event. */
    OptionalLong globalIndexOf(String eventIdentifier);

    /** The global index of the newest stored event, empty while the event store is empty. */
    OptionalLong head();
}
