package org.sobujang.standalone.readstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.connection.ServerConnectionState;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MessageHeader;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@link AuthenticatingBackend} with the MongoDB Java driver, and its SCRAM-SHA-256 exchange step by step against the
 * test vector of RFC 7677.
 */
class AuthenticatingBackendTest {

    private static final String USER = "sobujang";

    // RFC 7677's example exchange (section 3): user "user", password "pencil"
    private static final String CLIENT_FIRST = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
    private static final String SERVER_FIRST =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private static final String WITHOUT_PROOF = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private static final String CLIENT_FINAL = WITHOUT_PROOF + ",p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private static final String SERVER_FINAL = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    /** For the tests with the driver; hex, so that it needs no escaping in a connection string. */
    private final String password = randomHex();
    private MongoServer server;
    private String hostAndPort;

    /** For the tests of single steps: a backend that answers RFC 7677's example, and a connection to it. */
    private final AuthenticatingBackend backend = new AuthenticatingBackend(new MemoryBackend(),
            new ScramSha256("user", "pencil".toCharArray(), Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ=="),
                    4096),
            () -> "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
    private final Channel channel = new EmbeddedChannel();

    @BeforeEach
    void start() {
        server = new MongoServer(new AuthenticatingBackend(new MemoryBackend(), USER, password));
        server.bind("127.0.0.1", 0);
        hostAndPort = "127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.shutdownNow();
    }

    @Test
    void theRightCredentialsWithTheNegotiatedMechanismLetTheClientIn() {
        withClient(USER + ":" + password + "@", "authSource=admin", this::insertsAndFinds);
    }

    @Test
    void theRightCredentialsWithScramSha256RequestedLetTheClientIn() {
        withClient(USER + ":" + password + "@", "authSource=admin&authMechanism=SCRAM-SHA-256", this::insertsAndFinds);
    }

    @Test
    void aMongoTemplateOverAnAuthenticatedClientWorks() {
        withClient(USER + ":" + password + "@", "authSource=admin", client -> {
            MongoTemplate template = new MongoTemplate(client, "sobujang");
            template.save(new Plan("p-1", "first"));
            assertThat(template.findById("p-1", Plan.class)).isEqualTo(new Plan("p-1", "first"));
        });
    }

    @Test
    void aWrongPasswordFailsTheFirstOperation() {
        withClient(USER + ":" + randomHex() + "@", "authSource=admin", client -> {
            assertAuthenticationFails(() -> plans(client).find().first());
            // and so does every later one, each on a new connection
            assertAuthenticationFails(() -> plans(client).find().first());
        });
    }

    @Test
    void anUnknownUserFailsTheFirstOperation() {
        withClient("someone:" + password + "@", "authSource=admin",
                client -> assertAuthenticationFails(() -> plans(client).insertOne(new Document("_id", "p-1"))));
    }

    @Test
    void aUserNameWithCommasAndEqualsSignsIsDecoded() {
        MongoServer other = new MongoServer(new AuthenticatingBackend(new MemoryBackend(), "a,b=c", password));
        try {
            other.bind("127.0.0.1", 0);
            // the driver sends the name as "a=2Cb=3Dc" (RFC 5802's saslname)
            String uri = "mongodb://a%2Cb%3Dc:" + password + "@127.0.0.1:" + other.getLocalAddress().getPort()
                    + "/sobujang?authSource=admin&serverSelectionTimeoutMS=5000";
            try (MongoClient client = MongoClients.create(uri)) {
                insertsAndFinds(client);
            }
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void scramSha1IsNotOffered() {
        withClient(USER + ":" + password + "@", "authSource=admin&authMechanism=SCRAM-SHA-1",
                client -> assertThatThrownBy(() -> plans(client).find().first())
                        .isInstanceOf(MongoSecurityException.class)
                        .cause().isInstanceOf(MongoCommandException.class)
                        .extracting(e -> ((MongoCommandException) e).getErrorCode()).isEqualTo(334));
    }

    @Test
    void withoutCredentialsEveryCommandIsRefusedAndNothingIsWritten() {
        withClient("", "", client -> {
            assertUnauthorized(() -> plans(client).insertOne(new Document("_id", "p-1")));
            assertUnauthorized(() -> plans(client).find().first());
            assertUnauthorized(() -> client.listDatabaseNames().first());
            assertUnauthorized(() -> client.getDatabase("admin").runCommand(new Document("ping", 1)));
            // the driver's monitoring connections, which never authenticate, still see the server
            assertThat(client.getClusterDescription().getServerDescriptions())
                    .singleElement()
                    .satisfies(server -> assertThat(server.getState()).isEqualTo(ServerConnectionState.CONNECTED))
                    .satisfies(server -> assertThat(server.isOk()).isTrue());
        });
        withClient(USER + ":" + password + "@", "authSource=admin", client -> {
            assertThat(client.listDatabaseNames()).doesNotContain("sobujang");
            assertThat(plans(client).countDocuments()).isZero();
        });
    }

    @Test
    void withTheEmptyExchangeTheConnectionIsAuthenticatedByTheClientsLastEmptyStep() {
        assertSaslAnswer(command("saslStart", saslStart(CLIENT_FIRST, false)), 1, false, SERVER_FIRST);
        assertSaslAnswer(command("saslContinue", saslContinue(1, CLIENT_FINAL)), 1, false, SERVER_FINAL);
        assertRefused();
        assertSaslAnswer(command("saslContinue", saslContinue(1, "")), 1, true, "");
        assertAdmitted();
    }

    @Test
    void skippingTheEmptyExchangeTheServerFinalMessageAuthenticatesTheConnection() {
        assertSaslAnswer(command("saslStart", saslStart(CLIENT_FIRST, true)), 1, false, SERVER_FIRST);
        assertSaslAnswer(command("saslContinue", saslContinue(1, CLIENT_FINAL)), 1, true, SERVER_FINAL);
        assertAdmitted();
        assertAuthenticationFailed(command("saslContinue", saslContinue(1, "")));
        assertAdmitted();
    }

    @Test
    void anAuthenticatedConnectionIsForgottenWhenClosed() {
        command("saslStart", saslStart(CLIENT_FIRST, true));
        command("saslContinue", saslContinue(1, CLIENT_FINAL));
        assertAdmitted();
        backend.handleClose(channel);
        assertRefused();
    }

    @Test
    void aWrongProofFails() {
        command("saslStart", saslStart(CLIENT_FIRST, true));
        assertAuthenticationFailed(command("saslContinue",
                saslContinue(1, WITHOUT_PROOF + ",p=" + Base64.getEncoder().encodeToString(new byte[32]))));
        assertRefused();
        // the exchange is over
        assertAuthenticationFailed(command("saslContinue", saslContinue(1, CLIENT_FINAL)));
        assertRefused();
    }

    @Test
    void anUnknownUserIsAnsweredLikeTheUserAndFailsOnTheProof() {
        String otherUser = "n,,n=someone,r=rOprNGfwEbeRWgbNEkqO";
        assertSaslAnswer(command("saslStart", saslStart(otherUser, true)), 1, false, SERVER_FIRST);
        assertAuthenticationFailed(command("saslContinue", saslContinue(1, CLIENT_FINAL)));
        assertRefused();
    }

    @Test
    void channelBindingAndAuthorizationIdentitiesAreRefused() {
        for (String header : List.of("y,,", "p=tls-server-end-point,,", "n,a=user,")) {
            assertAuthenticationFailed(command("saslStart", saslStart(header + "n=user,r=rOprNGfwEbeRWgbNEkqO", true)));
        }
        command("saslStart", saslStart(CLIENT_FIRST, true));
        // "c=eSws" is the binding of "y,,"; the proof does not matter, the binding is checked first
        assertAuthenticationFailed(command("saslContinue", saslContinue(1, CLIENT_FINAL.replace("c=biws", "c=eSws"))));
        assertRefused();
    }

    @Test
    void aNonceOtherThanTheExchangesFails() {
        command("saslStart", saslStart(CLIENT_FIRST, true));
        // the client's nonce without the server's part
        assertAuthenticationFailed(command("saslContinue",
                saslContinue(1, "c=biws,r=rOprNGfwEbeRWgbNEkqO,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")));
        assertRefused();
    }

    @Test
    void malformedStepsFail() {
        assertAuthenticationFailed(command("saslStart", saslStart("n,,r=rOprNGfwEbeRWgbNEkqO", true)));
        assertAuthenticationFailed(command("saslStart", saslStart("n,,n=user,r=", true)));
        assertAuthenticationFailed(command("saslStart", saslStart("n,,n=us=er,r=rOprNGfwEbeRWgbNEkqO", true)));
        assertAuthenticationFailed(command("saslContinue", saslContinue(1, CLIENT_FINAL)));
        command("saslStart", saslStart(CLIENT_FIRST, true));
        assertAuthenticationFailed(command("saslContinue", saslContinue(2, CLIENT_FINAL)));
        command("saslStart", saslStart(CLIENT_FIRST, true));
        assertAuthenticationFailed(command("saslContinue", saslContinue(2, WITHOUT_PROOF + ",p=not base64!")));
        assertRefused();
    }

    @Test
    void otherMechanismsAreUnavailable() {
        de.bwaldvogel.mongo.bson.Document start = saslStart(CLIENT_FIRST, true);
        start.put("mechanism", "SCRAM-SHA-1");
        assertThat(command("saslStart", start))
                .containsEntry("ok", 0.0)
                .containsEntry("code", 334)
                .containsEntry("codeName", "MechanismUnavailable");
    }

    @Test
    void theHandshakeNamesTheMechanismWhenAskedAndKeepsTheWrappedBackendsAnswer() {
        de.bwaldvogel.mongo.bson.Document hello = new de.bwaldvogel.mongo.bson.Document("isMaster", 1)
                .append("saslSupportedMechs", "admin.nobody")
                .append("speculativeAuthenticate", saslStart(CLIENT_FIRST, true));
        assertThat(command("isMaster", hello))
                .containsEntry("ismaster", true)
                .containsEntry("ok", 1.0)
                .containsKey("maxWireVersion")
                .containsEntry("saslSupportedMechs", List.of("SCRAM-SHA-256"))
                .doesNotContainKey("speculativeAuthenticate");
        assertThat(command("ismaster", new de.bwaldvogel.mongo.bson.Document("ismaster", 1)))
                .containsEntry("ismaster", true)
                .doesNotContainKey("saslSupportedMechs");
        assertThat(command("buildInfo", new de.bwaldvogel.mongo.bson.Document("buildInfo", 1)))
                .containsEntry("ok", 1.0)
                .containsKey("version");
    }

    @Test
    void legacyQueriesAreRefusedUntilAuthenticated() {
        MongoQuery query = new MongoQuery(channel, new MessageHeader(1, 0), "sobujang.plans", 0, 0,
                new de.bwaldvogel.mongo.bson.Document(), null);
        assertThatThrownBy(() -> backend.handleQuery(query))
                .isInstanceOfSatisfying(MongoServerError.class, e -> assertThat(e.getCode()).isEqualTo(13));
        assertThatThrownBy(() -> backend.getCurrentOperations(query))
                .isInstanceOfSatisfying(MongoServerError.class, e -> assertThat(e.getCode()).isEqualTo(13));
        command("saslStart", saslStart(CLIENT_FIRST, true));
        command("saslContinue", saslContinue(1, CLIENT_FINAL));
        assertThat(backend.handleQuery(query).collectDocuments()).isEmpty();
        // asked without the channel, so refused even when authenticated
        assertThat(backend.getServerStatus()).containsEntry("code", 13);
    }

    @Test
    void passwordsBeyondPrintableAsciiAreRejected() {
        for (String password : List.of("", "päss", "tab\tbed")) {
            assertThatThrownBy(() -> new AuthenticatingBackend(new MemoryBackend(), USER, password))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private de.bwaldvogel.mongo.bson.Document command(String name, de.bwaldvogel.mongo.bson.Document command) {
        return backend.handleCommand(channel, "admin", name, command);
    }

    private void assertRefused() {
        assertThat(command("find", new de.bwaldvogel.mongo.bson.Document("find", "plans")))
                .containsEntry("ok", 0.0)
                .containsEntry("errmsg", "command find requires authentication")
                .containsEntry("code", 13)
                .containsEntry("codeName", "Unauthorized");
    }

    private void assertAdmitted() {
        assertThat(backend.handleCommand(channel, "sobujang", "find",
                new de.bwaldvogel.mongo.bson.Document("find", "plans"))).containsEntry("ok", 1.0);
    }

    private static de.bwaldvogel.mongo.bson.Document saslStart(String payload, boolean skipEmptyExchange) {
        de.bwaldvogel.mongo.bson.Document command = new de.bwaldvogel.mongo.bson.Document("saslStart", 1)
                .append("mechanism", "SCRAM-SHA-256")
                .append("payload", binary(payload));
        if (skipEmptyExchange) {
            command.append("options", new de.bwaldvogel.mongo.bson.Document("skipEmptyExchange", true));
        }
        return command;
    }

    private static de.bwaldvogel.mongo.bson.Document saslContinue(int conversationId, String payload) {
        return new de.bwaldvogel.mongo.bson.Document("saslContinue", 1)
                .append("conversationId", conversationId)
                .append("payload", binary(payload));
    }

    private static BinData binary(String payload) {
        return new BinData(payload.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSaslAnswer(de.bwaldvogel.mongo.bson.Document answer, int conversationId,
                                         boolean done, String payload) {
        assertThat(answer)
                .containsEntry("ok", 1.0)
                .containsEntry("conversationId", conversationId)
                .containsEntry("done", done);
        assertThat(new String(((BinData) answer.get("payload")).getData(), StandardCharsets.UTF_8)).isEqualTo(payload);
    }

    private static void assertAuthenticationFailed(de.bwaldvogel.mongo.bson.Document answer) {
        assertThat(answer)
                .containsEntry("ok", 0.0)
                .containsEntry("errmsg", "Authentication failed.")
                .containsEntry("code", 18)
                .containsEntry("codeName", "AuthenticationFailed");
    }

    private void insertsAndFinds(MongoClient client) {
        plans(client).insertOne(new Document("_id", "p-1").append("name", "first"));
        plans(client).insertOne(new Document("_id", "p-2").append("name", "second"));
        assertThat(plans(client).find(Filters.eq("_id", "p-2")).first()).containsEntry("name", "second");
        assertThat(plans(client).countDocuments()).isEqualTo(2);
    }

    private void withClient(String userInfo, String options, Consumer<MongoClient> test) {
        // a short server selection timeout, so that a test that fails does not wait the default 30 s
        String uri = "mongodb://" + userInfo + hostAndPort + "/sobujang?serverSelectionTimeoutMS=5000"
                + (options.isEmpty() ? "" : "&" + options);
        try (MongoClient client = MongoClients.create(uri)) {
            test.accept(client);
        }
    }

    private static MongoCollection<Document> plans(MongoClient client) {
        return client.getDatabase("sobujang").getCollection("plans");
    }

    /** What the driver throws: on the operation that opens a connection, and the server's answer as the cause. */
    private static void assertAuthenticationFails(Runnable operation) {
        assertThatThrownBy(operation::run)
                .isInstanceOf(MongoSecurityException.class)
                .cause().isInstanceOf(MongoCommandException.class)
                .satisfies(e -> {
                    MongoCommandException answer = (MongoCommandException) e;
                    assertThat(answer.getErrorCode()).isEqualTo(18);
                    assertThat(answer.getErrorCodeName()).isEqualTo("AuthenticationFailed");
                    assertThat(answer.getErrorMessage()).isEqualTo("Authentication failed.");
                });
    }

    private static void assertUnauthorized(Runnable operation) {
        assertThatThrownBy(operation::run)
                .isInstanceOf(MongoCommandException.class)
                .satisfies(e -> {
                    MongoCommandException answer = (MongoCommandException) e;
                    assertThat(answer.getErrorCode()).isEqualTo(13);
                    assertThat(answer.getErrorCodeName()).isEqualTo("Unauthorized");
                    assertThat(answer.getErrorMessage()).endsWith(" requires authentication");
                });
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    record Plan(@Id String id, String name) {
    }
}
