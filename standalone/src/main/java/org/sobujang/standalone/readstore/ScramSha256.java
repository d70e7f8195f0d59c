package org.sobujang.standalone.readstore;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's side of SCRAM-SHA-256 (RFC 5802, RFC 7677) for one user, as {@link AuthenticatingBackend} speaks it:
 * the keys kept for the user, and the two steps of one exchange. Only StoredKey and ServerKey are kept; the password
 * and SaltedPassword are not.
 * <p>
 * The password is not SASLprep'd: it must be printable ASCII, for which SASLprep (RFC 4013) changes nothing, so the
 * keys are those a client that does SASLprep derives. No channel binding ({@code n,,} only) and no authorization
 * identity.
 */
final class ScramSha256 {

    static final String MECHANISM = "SCRAM-SHA-256";

    /** The only GS2 header accepted: no channel binding, no authorization identity. */
    private static final String GS2_HEADER = "n,,";
    /** The channel-binding attribute of the client-final-message for that header: {@code c=biws}. */
    private static final String CHANNEL_BINDING = "c=" + base64(GS2_HEADER.getBytes(StandardCharsets.US_ASCII));
    private static final String PROOF = ",p=";
    private static final int KEY_BITS = 256;

    private final String user;
    private final String saltAndIterations;
    private final byte[] storedKey;
    private final byte[] serverKey;

    /**
     * Derives the keys of {@code user} with {@code password}; the caller keeps (and may wipe) {@code password}.
     *
     * @throws IllegalArgumentException if the user name is empty or the password is empty or not printable ASCII
     */
    ScramSha256(String user, char[] password, byte[] salt, int iterations) {
        if (user.isEmpty()) {
            throw new IllegalArgumentException("the user name is empty");
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        for (char c : password) {
            if (c < 0x20 || c > 0x7e) {
                // beyond printable ASCII SASLprep would map or prohibit characters, which is not implemented
                throw new IllegalArgumentException("the password must consist of printable ASCII characters only");
            }
        }
        this.user = user;
        this.saltAndIterations = ",s=" + base64(salt) + ",i=" + iterations;
        byte[] saltedPassword = saltedPassword(password, salt, iterations);
        byte[] clientKey = hmac(saltedPassword, "Client Key");
        this.storedKey = sha256(clientKey);
        this.serverKey = hmac(saltedPassword, "Server Key");
    }

    /**
     * Answers a client-first-message ({@code n,,n=<user>,r=<client nonce>[,extensions]}) with the server-first-message
     * of a new exchange whose nonce is the client's followed by {@code serverNonce} (printable, no comma).
     * <p>
     * A user other than this one gets the same kind of answer (this user's salt and iteration count, which anyone may
     * learn by asking for this user) and fails only on the proof, so the answers do not tell whether a user exists.
     */
    Exchange start(String clientFirstMessage, String serverNonce) throws Failure {
        if (!clientFirstMessage.startsWith(GS2_HEADER)) {
            throw new Failure("GS2 header other than '" + GS2_HEADER + "' (channel binding or authorization identity)");
        }
        String clientFirstMessageBare = clientFirstMessage.substring(GS2_HEADER.length());
        // -1: keep empty attributes, so that e.g. "n=user,r=" is seen as an empty nonce, not a missing one
        String[] attributes = clientFirstMessageBare.split(",", -1);
        if (attributes.length < 2 || !attributes[0].startsWith("n=") || !attributes[1].startsWith("r=")
                || attributes[1].length() == 2) {
            throw new Failure("malformed client-first-message");
        }
        boolean knownUser = user.equals(saslName(attributes[0].substring(2)));
        String nonce = attributes[1].substring(2) + serverNonce;
        return new Exchange(knownUser, clientFirstMessageBare, "r=" + nonce + saltAndIterations, nonce);
    }

    /** One exchange after its server-first-message; {@link #finish} may be called once. */
    final class Exchange {

        private final boolean knownUser;
        private final String clientFirstMessageBare;
        private final String serverFirstMessage;
        private final String nonce;

        private Exchange(boolean knownUser, String clientFirstMessageBare, String serverFirstMessage, String nonce) {
            this.knownUser = knownUser;
            this.clientFirstMessageBare = clientFirstMessageBare;
            this.serverFirstMessage = serverFirstMessage;
            this.nonce = nonce;
        }

        String serverFirstMessage() {
            return serverFirstMessage;
        }

        /**
         * Verifies a client-final-message ({@code c=biws,r=<nonce>,p=<proof>}) and answers it with the
         * server-final-message {@code v=<server signature>}.
         */
        String finish(String clientFinalMessage) throws Failure {
            int proofAt = clientFinalMessage.lastIndexOf(PROOF);
            if (proofAt < 0) {
                throw new Failure("client-final-message without proof");
            }
            String withoutProof = clientFinalMessage.substring(0, proofAt);
            if (!withoutProof.startsWith(CHANNEL_BINDING + ",")) {
                throw new Failure("channel binding other than '" + CHANNEL_BINDING + "'");
            }
            if (!withoutProof.equals(CHANNEL_BINDING + ",r=" + nonce)) {
                throw new Failure("nonce other than the exchange's (or extensions)");
            }
            byte[] proof;
            try {
                proof = Base64.getDecoder().decode(clientFinalMessage.substring(proofAt + PROOF.length()));
            } catch (IllegalArgumentException e) {
                throw new Failure("proof not in base64");
            }
            if (proof.length != storedKey.length) {
                throw new Failure("proof of the wrong length");
            }
            String authMessage = clientFirstMessageBare + "," + serverFirstMessage + "," + withoutProof;
            byte[] clientSignature = hmac(storedKey, authMessage);
            byte[] clientKey = new byte[proof.length];
            for (int i = 0; i < proof.length; i++) {
                clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
            }
            // constant time, and computed for an unknown user too, so timing tells no more than the answer
            boolean proofMatches = MessageDigest.isEqual(sha256(clientKey), storedKey);
            if (!(proofMatches && knownUser)) {
                throw new Failure(knownUser ? "wrong proof (password)" : "unknown user");
            }
            return "v=" + base64(hmac(serverKey, authMessage));
        }
    }

    /** Why an exchange failed: for the server's log only, the client is told no more than that it failed. */
    static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        Failure(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The user name of a {@code saslname}: {@code =2C} and {@code =3D} stand for ',' and '=' (RFC 5802, 5.1). */
    private static String saslName(String encoded) throws Failure {
        StringBuilder name = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '=') {
                name.append(c);
            } else if (encoded.startsWith("2C", i + 1)) {
                name.append(',');
                i += 2;
            } else if (encoded.startsWith("3D", i + 1)) {
                name.append('=');
                i += 2;
            } else {
                throw new Failure("malformed user name");
            }
        }
        return name.toString();
    }

    private static byte[] saltedPassword(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256, which every Java platform has, failed", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256, which every Java platform has, failed", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256, which every Java platform has, is missing", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
