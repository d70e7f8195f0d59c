package org.sobujang.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Rows of Axon's event table. Generated events are serialized with the app's own event serializer, and their
 * aggregate type, payload revision and metadata are copied from events the app itself stored for the same payload
 * type ({@link Shapes}), so a generated row is indistinguishable in shape from one appended through a command.
 */
final class EventRows {

    private static final Pattern UUID_LIKE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    record Row(String aggregateId, long sequence, String type, String eventId, byte[] metaData, byte[] payload,
               String payloadRevision, String payloadType, String timeStamp) {

        Row withIdentity(String aggregate, long seq, String id) {
            return new Row(aggregate, seq, type, id, metaData, payload, payloadRevision, payloadType, timeStamp);
        }
    }

    /** What a stored event of one payload type looks like apart from its payload. */
    record Shape(String payloadType, String aggregateType, String payloadRevision, byte[] metaData, byte[] payload,
                 String timeStamp) {
    }

    private EventRows() {
    }

    static String insertSql(String table) {
        return "INSERT INTO " + table + " (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, payload,"
               + " payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    static void bind(PreparedStatement ps, Row row) throws SQLException {
        ps.setString(1, row.aggregateId());
        ps.setLong(2, row.sequence());
        ps.setString(3, row.type());
        ps.setString(4, row.eventId());
        ps.setBytes(5, row.metaData());
        ps.setBytes(6, row.payload());
        ps.setString(7, row.payloadRevision());
        ps.setString(8, row.payloadType());
        ps.setString(9, row.timeStamp());
    }

    /** The first stored event of every payload type in the app's event table. */
    static Map<String, Shape> shapes(String jdbcUrl) throws SQLException {
        Map<String, Shape> shapes = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT ON (payloadType) payloadType, type, payloadRevision,"
                                           + " metaData, payload, timeStamp FROM domainevententry"
                                           + " ORDER BY payloadType, globalIndex")) {
            while (rs.next()) {
                shapes.put(rs.getString(1), new Shape(rs.getString(1), rs.getString(2), rs.getString(3),
                                                      rs.getBytes(4), rs.getBytes(5), rs.getString(6)));
            }
        }
        return shapes;
    }

    /** Turns generated events into rows. */
    static final class Encoder {
        private final Serializer serializer;
        private final Map<String, Shape> shapes;
        private final Map<String, ObjectNode> metaTemplates = new HashMap<>();
        private final java.util.Set<String> checked = new java.util.HashSet<>();

        Encoder(Serializer serializer, Map<String, Shape> shapes) {
            this.serializer = serializer;
            this.shapes = shapes;
        }

        Row encode(String aggregateId, long sequence, Object event, Instant recordedAt) {
            SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
            String payloadType = payload.getType().getName();
            Shape shape = shapes.get(payloadType);
            if (shape == null) {
                throw new IllegalStateException("no stored event of type " + payloadType
                                                + " to copy the row shape from; stored: " + shapes.keySet());
            }
            if (checked.add(payloadType)) {
                requireSameFields(shape, payload.getData());
            }
            return new Row(aggregateId, sequence, shape.aggregateType(), UUID.randomUUID().toString(),
                           metaData(shape), payload.getData(), payload.getType().getRevision(), payloadType,
                           DateTimeUtils.formatInstant(recordedAt));
        }

        /**
         * The first generated event of each type must have exactly the JSON fields of the one the app stored, each of
         * the same JSON type where both have a value (a date as a string, not an array: the serializer's settings).
         */
        private static void requireSameFields(Shape shape, byte[] generated) {
            try {
                JsonNode storedNode = Api.JSON.readTree(shape.payload());
                JsonNode ourNode = Api.JSON.readTree(generated);
                java.util.Set<String> stored = new java.util.TreeSet<>();
                storedNode.fieldNames().forEachRemaining(stored::add);
                java.util.Set<String> ours = new java.util.TreeSet<>();
                ourNode.fieldNames().forEachRemaining(ours::add);
                if (!stored.equals(ours)) {
                    throw new IllegalStateException("generated " + shape.payloadType() + " has fields " + ours
                                                    + ", the app stores " + stored);
                }
                for (String field : stored) {
                    JsonNode a = storedNode.get(field);
                    JsonNode b = ourNode.get(field);
                    if (!a.isNull() && !b.isNull() && a.getNodeType() != b.getNodeType()) {
                        throw new IllegalStateException("generated " + shape.payloadType() + "." + field + " is "
                                                        + b.getNodeType() + " (" + b + "), the app stores "
                                                        + a.getNodeType() + " (" + a + ")");
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("payload of " + shape.payloadType() + " is not JSON", e);
            }
        }

        /** The stored metadata with every UUID in it (trace and correlation ids) replaced by a fresh one. */
        private byte[] metaData(Shape shape) {
            if (shape.metaData() == null) {
                return null;
            }
            ObjectNode template = metaTemplates.computeIfAbsent(shape.payloadType(), t -> {
                try {
                    JsonNode node = Api.JSON.readTree(shape.metaData());
                    return node instanceof ObjectNode o ? o : null;
                } catch (IOException e) {
                    return null;
                }
            });
            if (template == null) {
                return shape.metaData();
            }
            ObjectNode copy = template.deepCopy();
            for (Map.Entry<String, JsonNode> field : copy.properties()) {
                if (field.getValue().isTextual() && UUID_LIKE.matcher(field.getValue().asText()).matches()) {
                    field.setValue(TextNode.valueOf(UUID.randomUUID().toString()));
                }
            }
            try {
                return Api.JSON.writeValueAsBytes(copy);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Appends generated rows and the command side's directory rows through one connection in JDBC batches
     * ({@code reWriteBatchedInserts}), committing every {@code COMMIT_EVERY} rows.
     */
    static final class Writer implements DataSet.Sink, AutoCloseable {
        private static final int BATCH = 1000;
        private static final int COMMIT_EVERY = 10_000;

        private final Encoder encoder;
        private final Connection connection;
        private final PreparedStatement events;
        private final PreparedStatement firms;
        private final PreparedStatement components;
        private final PreparedStatement changes;
        private int pendingEvents;
        private int pendingDirectory;
        private int uncommitted;
        long written;

        Writer(String jdbcUrl, Encoder encoder) throws SQLException {
            this.encoder = encoder;
            this.connection = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                                                          + "reWriteBatchedInserts=true");
            connection.setAutoCommit(false);
            events = connection.prepareStatement(insertSql("domainevententry"));
            firms = connection.prepareStatement(
                    "INSERT INTO directory_firm (firm_id, country, size, registration_number) VALUES (?, ?, ?, NULL)");
            components = connection.prepareStatement("INSERT INTO directory_component (component_id) VALUES (?)");
            changes = connection.prepareStatement(
                    "INSERT INTO directory_sourcing_change (change_id, buyer_id, component_id) VALUES (?, ?, ?)");
        }

        @Override
        public void event(String aggregateId, long sequence, Object payload, Instant recordedAt) throws SQLException {
            bind(events, encoder.encode(aggregateId, sequence, payload, recordedAt));
            events.addBatch();
            written++;
            if (++pendingEvents >= BATCH) {
                flush();
            }
        }

        @Override
        public void firm(String firmId, String country, String size) throws SQLException {
            firms.setString(1, firmId);
            firms.setString(2, country);
            firms.setString(3, size);
            firms.addBatch();
            pendingDirectory++;
        }

        @Override
        public void component(String componentId) throws SQLException {
            components.setString(1, componentId);
            components.addBatch();
            pendingDirectory++;
        }

        @Override
        public void change(String changeId, String buyerId, String componentId) throws SQLException {
            changes.setString(1, changeId);
            changes.setString(2, buyerId);
            changes.setString(3, componentId);
            changes.addBatch();
            pendingDirectory++;
        }

        private void flush() throws SQLException {
            if (pendingEvents > 0) {
                events.executeBatch();
            }
            if (pendingDirectory > 0) {
                firms.executeBatch();
                components.executeBatch();
                changes.executeBatch();
            }
            uncommitted += pendingEvents + pendingDirectory;
            pendingEvents = 0;
            pendingDirectory = 0;
            if (uncommitted >= COMMIT_EVERY) {
                connection.commit();
                uncommitted = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            connection.commit();
            connection.close();
        }
    }
}
