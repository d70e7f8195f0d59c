package org.sobujang.standalone.stores;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded stores: generated at the first start, then kept in {@value #FILE} under the data
 * directory, readable by its owner only. Nothing else knows them, so no other local user can read the event store or
 * the read store.
 */
public record StoreCredentials(String eventStoreUser, String eventStorePassword, String readStoreUser,
                               String readStorePassword) {

    public static final String FILE = "credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the data directory's credentials, generating and saving them first if there are none. */
    public static StoreCredentials of(DataDirectory directory, String eventStoreUser, String readStoreUser)
            throws IOException {
        Path file = directory.resolve(FILE);
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        boolean changed = false;
        changed |= generateIfMissing(properties, "eventstore.user", eventStoreUser, false);
        changed |= generateIfMissing(properties, "eventstore.password", null, true);
        changed |= generateIfMissing(properties, "readstore.user", readStoreUser, false);
        changed |= generateIfMissing(properties, "readstore.password", null, true);
        if (changed) {
            java.io.StringWriter text = new java.io.StringWriter();
            properties.store(text, "Passwords of the embedded stores, generated at first start. Keep private.");
            DataDirectory.writePrivate(file, text.toString());
        }
        DataDirectory.ownerOnly(file);
        return new StoreCredentials(properties.getProperty("eventstore.user"),
                                    properties.getProperty("eventstore.password"),
                                    properties.getProperty("readstore.user"),
                                    properties.getProperty("readstore.password"));
    }

    private static boolean generateIfMissing(Properties properties, String key, String value, boolean secret) {
        if (properties.getProperty(key) != null && !properties.getProperty(key).isBlank()) {
            return false;
        }
        properties.setProperty(key, secret ? generated() : value);
        return true;
    }

    /** 32 random bytes, URL-safe base64: ASCII without quotes, spaces or characters a URI would need to escape. */
    static String generated() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "StoreCredentials[eventStoreUser=" + eventStoreUser + ", readStoreUser=" + readStoreUser + "]";
    }
}
