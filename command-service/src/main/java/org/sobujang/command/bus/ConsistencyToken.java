package org.sobujang.command.bus;

/**
 * The read-your-writes token of a command: the event identifier of the last event it appended (or, when it appended
 * none, of its aggregate's latest stored event). Axon 4 does not hand back the global index of an append, and an
 * event identifier is unique in the store, so the query side can wait until its projection has applied that event.
 */
public final class ConsistencyToken {

    /** The key under which the token travels in the command's result meta data. */
    public static final String META_DATA_KEY = "consistencyToken";

    private ConsistencyToken() {
    }
}
