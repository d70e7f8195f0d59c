package org.sobujang.standalone.readstore;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mongo-java-server backend that lets a connection use the backend it wraps only once the connection has
 * authenticated as the one configured user, with SCRAM-SHA-256 as MongoDB speaks it (RFC 5802, RFC 7677).
 * <p>
 * The protocol: a client's connection handshake ({@code hello}, {@code isMaster} or {@code ismaster}) asks with
 * {@code saslSupportedMechs: "<db>.<user>"} which mechanisms it may use, and is answered
 * {@code saslSupportedMechs: ["SCRAM-SHA-256"]} whatever the user (so the answer does not tell whether a user exists),
 * along with the wrapped backend's answer. A {@code speculativeAuthenticate} in the handshake is left unanswered,
 * which makes the client authenticate with commands: {@code saslStart} ({@code mechanism: "SCRAM-SHA-256"},
 * {@code payload}: the client-first-message) is answered with a {@code conversationId} and the server-first-message,
 * {@code done: false}; {@code saslContinue} ({@code conversationId}, {@code payload}: the client-final-message with
 * the proof) with the server-final-message (the server signature). With {@code options: {skipEmptyExchange: true}}
 * in the {@code saslStart} (what the MongoDB Java driver sends) that answer is {@code done: true} and the connection
 * is authenticated; without it the answer is {@code done: false}, and the client's next {@code saslContinue}, with an
 * empty payload, is answered {@code done: true}, which authenticates the connection. Any other step, a malformed
 * message, a wrong user or a wrong proof ends the conversation with {@code AuthenticationFailed} (code 18) and
 * "Authentication failed.", the same for every cause; a mechanism other than SCRAM-SHA-256 is answered with
 * {@code MechanismUnavailable} (code 334). The user is accepted on any database ({@code authSource}, {@code admin}
 * by default); once authenticated, a connection may use every database, until it is closed.
 * <p>
 * Until then every command but the handshake, {@code buildInfo}/{@code buildinfo}, {@code saslStart} and
 * {@code saslContinue} is answered {@code Unauthorized} (code 13): {@code ping}, {@code getlasterror} and
 * {@code endSessions} included. The MongoDB driver's server-monitoring connections, which never authenticate, send
 * only the handshake and, right after it, {@code getlasterror}, whose failure the driver ignores.
 * <p>
 * Limits: one user with one password, fixed at construction; the password must be printable ASCII, because it is not
 * SASLprep'd (for printable ASCII SASLprep changes nothing); SCRAM-SHA-256 only, no SCRAM-SHA-1 (which needs the
 * MongoDB-specific MD5 password digest); no channel binding; no limit on the number of failed attempts. Two legacy
 * (OP_QUERY) commands are not handed to a backend with their channel: mongo-java-server answers {@code ping} itself,
 * to anyone, and asks {@link #getServerStatus()} for {@code serverStatus}, which is therefore always refused. Legacy
 * queries on a collection or on {@code $cmd.sys.inprog} are refused until authenticated, by an error that closes the
 * connection. Current MongoDB drivers send only their connection handshake as OP_QUERY.
 * <p>
 * The state of a connection is kept by its Netty {@link Channel}; mongo-java-server handles a channel's requests on
 * that channel's event loop, one at a time, so the state itself needs no synchronization.
 */
public final class AuthenticatingBackend implements MongoBackend {

    private static final Logger log = LoggerFactory.getLogger(AuthenticatingBackend.class);

    /** PBKDF2 iterations of the SaltedPassword: MongoDB's default for SCRAM-SHA-256. */
    private static final int ITERATIONS = 15_000;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 24;

    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;
    private static final int MECHANISM_UNAVAILABLE = 334;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoBackend delegate;
    private final ScramSha256 scram;
    private final Supplier<String> serverNonces;
    private final Map<Channel, Connection> connections = new ConcurrentHashMap<>();

    /** @see #AuthenticatingBackend(MongoBackend, String, char[]) */
    public AuthenticatingBackend(MongoBackend delegate, String user, String password) {
        this(delegate, user, password.toCharArray());
    }

    /**
     * Wraps {@code delegate}, letting in connections that authenticate as {@code user} with {@code password}, whose
     * keys are derived here with a new random salt; the caller keeps (and may wipe) {@code password}.
     *
     * @throws IllegalArgumentException if the user name is empty or the password is empty or not printable ASCII
     */
    public AuthenticatingBackend(MongoBackend delegate, String user, char[] password) {
        this(delegate, new ScramSha256(user, password, randomBytes(SALT_BYTES), ITERATIONS),
                () -> Base64.getEncoder().encodeToString(randomBytes(NONCE_BYTES)));
    }

    /** With given keys and server nonces: for tests against known exchanges. */
    AuthenticatingBackend(MongoBackend delegate, ScramSha256 scram, Supplier<String> serverNonces) {
        this.delegate = delegate;
        this.scram = scram;
        this.serverNonces = serverNonces;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return handle(channel, command, query, () -> delegate.handleCommand(channel, database, command, query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document body = message.getDocument();
        // the command is the body's first key, as AbstractMongoBackend reads it
        String command = body.keySet().iterator().next();
        return handle(message.getChannel(), command, body, () -> delegate.handleMessage(message));
    }

    /**
     * Answers a command, from {@code delegated} if the command is allowed on the channel. Refusals are answered, not
     * thrown: mongo-java-server would log a thrown error with its stack trace and, for an OP_QUERY request, close
     * the connection.
     */
    private Document handle(Channel channel, String command, Document query, Supplier<Document> delegated) {
        return switch (command) {
            case "saslStart" -> saslStart(channel, query);
            case "saslContinue" -> saslContinue(channel, query);
            case "hello", "isMaster", "ismaster" -> hello(query, delegated.get());
            case "buildInfo", "buildinfo" -> delegated.get();
            default -> isAuthenticated(channel) ? delegated.get() : unauthorized(channel, command);
        };
    }

    private static Document unauthorized(Channel channel, String command) {
        log.debug("refused {} on unauthenticated channel {}", command, channel);
        return error(UNAUTHORIZED, "Unauthorized", unauthorizedMessage(command));
    }

    private static Document hello(Document query, Document answer) {
        if (query.containsKey("saslSupportedMechs")) {
            answer.put("saslSupportedMechs", List.of(ScramSha256.MECHANISM));
        }
        return answer;
    }

    private Document saslStart(Channel channel, Document query) {
        Object mechanism = query.get("mechanism");
        if (!ScramSha256.MECHANISM.equals(mechanism)) {
            return error(MECHANISM_UNAVAILABLE, "MechanismUnavailable",
                    "Received authentication for mechanism " + mechanism + " which is not enabled");
        }
        Connection connection = connections.computeIfAbsent(channel, c -> new Connection());
        // a new saslStart abandons an unfinished conversation
        connection.conversation = null;
        byte[] payload = payload(query);
        if (payload == null) {
            return authenticationFailed(channel, "saslStart without a binary payload");
        }
        ScramSha256.Exchange exchange;
        try {
            exchange = scram.start(new String(payload, StandardCharsets.UTF_8), serverNonces.get());
        } catch (ScramSha256.Failure e) {
            return authenticationFailed(channel, e.getMessage());
        }
        Object options = query.get("options");
        boolean skipEmptyExchange = options instanceof Document o && Utils.isTrue(o.get("skipEmptyExchange"));
        connection.conversation = new Conversation(++connection.lastConversationId, exchange, skipEmptyExchange);
        return saslAnswer(connection.lastConversationId, false, exchange.serverFirstMessage());
    }

    private Document saslContinue(Channel channel, Document query) {
        Connection connection = connections.get(channel);
        Conversation conversation = connection == null ? null : connection.conversation;
        if (conversation == null || !(query.get("conversationId") instanceof Number id)
                || id.longValue() != conversation.id) {
            return authenticationFailed(channel, "saslContinue outside a conversation");
        }
        // whatever comes of it, this step ends the conversation, unless it leaves the empty step (set again below)
        connection.conversation = null;
        byte[] payload = payload(query);
        if (payload == null) {
            return authenticationFailed(channel, "saslContinue without a binary payload");
        }
        if (conversation.serverFinalSent) {
            if (payload.length != 0) {
                return authenticationFailed(channel, "a step after the server-final-message");
            }
            return authenticated(channel, connection, conversation.id, "");
        }
        String serverFinalMessage;
        try {
            serverFinalMessage = conversation.exchange.finish(new String(payload, StandardCharsets.UTF_8));
        } catch (ScramSha256.Failure e) {
            return authenticationFailed(channel, e.getMessage());
        }
        if (conversation.skipEmptyExchange) {
            return authenticated(channel, connection, conversation.id, serverFinalMessage);
        }
        conversation.serverFinalSent = true;
        connection.conversation = conversation;
        return saslAnswer(conversation.id, false, serverFinalMessage);
    }

    private static Document authenticated(Channel channel, Connection connection, int conversationId, String payload) {
        connection.authenticated = true;
        log.debug("channel {} authenticated", channel);
        return saslAnswer(conversationId, true, payload);
    }

    private static Document authenticationFailed(Channel channel, String reason) {
        log.warn("authentication failed on channel {}: {}", channel, reason);
        return error(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
    }

    private static byte[] payload(Document query) {
        return query.get("payload") instanceof BinData payload ? payload.getData() : null;
    }

    private static Document saslAnswer(int conversationId, boolean done, String payload) {
        Document answer = new Document("conversationId", conversationId)
                .append("done", done)
                .append("payload", new BinData(payload.getBytes(StandardCharsets.UTF_8)));
        Utils.markOkay(answer);
        return answer;
    }

    private static Document error(int code, String codeName, String errmsg) {
        return new Document("ok", 0.0).append("errmsg", errmsg).append("code", code).append("codeName", codeName);
    }

    private static String unauthorizedMessage(String command) {
        return "command " + command + " requires authentication";
    }

    private boolean isAuthenticated(Channel channel) {
        Connection connection = connections.get(channel);
        return connection != null && connection.authenticated;
    }

    /** A legacy (OP_QUERY) query on a collection, which no current driver sends: refused until authenticated. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        // thrown, as the result has no room for an error; mongo-java-server then closes the connection
        requireAuthenticated(query, "find");
        return delegate.handleQuery(query);
    }

    /** A legacy (OP_QUERY) query on {@code $cmd.sys.inprog}: refused until authenticated. */
    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        requireAuthenticated(query, "currentOp");
        return delegate.getCurrentOperations(query);
    }

    private void requireAuthenticated(MongoQuery query, String command) {
        if (!isAuthenticated(query.getChannel())) {
            throw new MongoServerError(UNAUTHORIZED, "Unauthorized", unauthorizedMessage(command));
        }
    }

    /**
     * Refused: mongo-java-server calls this only for a legacy (OP_QUERY) {@code serverStatus} command, and without
     * the channel, so whether it was authenticated is unknown. A {@code serverStatus} command sent as current drivers
     * send it (OP_MSG) goes through {@link #handleMessage} and is answered once authenticated.
     */
    @Override
    public Document getServerStatus() {
        return error(UNAUTHORIZED, "Unauthorized", unauthorizedMessage("serverStatus"));
    }

    @Override
    public void handleClose(Channel channel) {
        connections.remove(channel);
        delegate.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        delegate.dropDatabase(database);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        delegate.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return delegate.getClock();
    }

    @Override
    public void enableOplog() {
        delegate.enableOplog();
    }

    @Override
    public void disableOplog() {
        delegate.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return delegate.resolveDatabase(database);
    }

    /** Sets the delegate's version; returns this backend, so that a chained call keeps the authentication. */
    @Override
    public MongoBackend version(MongoVersion version) {
        delegate.version(version);
        return this;
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** What is known of one connection. */
    private static final class Connection {
        boolean authenticated;
        int lastConversationId;
        /** The unfinished conversation, if any. */
        Conversation conversation;
    }

    /** One SASL conversation of a connection. */
    private static final class Conversation {
        final int id;
        final ScramSha256.Exchange exchange;
        final boolean skipEmptyExchange;
        /** Without skipEmptyExchange: the server-final-message was sent, only the client's empty step remains. */
        boolean serverFinalSent;

        Conversation(int id, ScramSha256.Exchange exchange, boolean skipEmptyExchange) {
            this.id = id;
            this.exchange = exchange;
            this.skipEmptyExchange = skipEmptyExchange;
        }
    }
}
